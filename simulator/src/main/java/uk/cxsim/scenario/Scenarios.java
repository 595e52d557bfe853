package uk.cxsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Entry point of the scenario package: load, merge, override and validate a scenario. */
public final class Scenarios {
    /** The scenario {@code cxsim run} uses when none is named. */
    public static final String DEFAULT_FILE = "scenarios/uk-baseline.yaml";
    private static final String EMBEDDED_DEFAULT = "/scenarios/uk-baseline.yaml";

    private Scenarios() {
    }

    /** Loads a scenario file with {@code --set} overrides ({@code path.to.key=value}). */
    public static LoadedScenario load(Path file, List<String> overrides) {
        return loadWith(file, KeyOverride.set(overrides));
    }

    /** Loads a scenario file with overrides from any option. */
    public static LoadedScenario loadWith(Path file, List<KeyOverride> overrides) {
        return loadWithin(file, overrides, ScenarioRoots.ANY);
    }

    /**
     * Loads a scenario file, and the files it extends, only from inside {@code roots} (a server's folders); a file
     * outside is refused as a missing one is.
     */
    public static LoadedScenario loadWithin(Path file, List<KeyOverride> overrides, ScenarioRoots roots) {
        SpecNode.Mapping merged = ScenarioLoader.load(file, overrides, roots);
        return ScenarioBinder.bind(merged, file.toString(), new KeyCatalog());
    }

    /**
     * The UK baseline: the file in the working directory if present, else the copy built into the program.
     */
    public static LoadedScenario loadDefault(List<String> overrides) {
        return loadDefaultWith(KeyOverride.set(overrides));
    }

    /** As {@link #loadDefault(List)}, with overrides from any option. */
    public static LoadedScenario loadDefaultWith(List<KeyOverride> overrides) {
        Path local = Path.of(DEFAULT_FILE);
        if (local.toFile().isFile()) {
            return loadWith(local, overrides);
        }
        return loadBuiltIn(overrides);
    }

    /** The UK baseline built into the program, whatever the working directory holds. */
    public static LoadedScenario loadBuiltIn(List<KeyOverride> overrides) {
        SpecNode.Mapping root = embeddedDefault();
        if (!root.entries().containsKey("name")) {
            root.entries().put("name", new SpecNode.Scalar(root.source(), "uk-baseline"));
        }
        for (KeyOverride o : overrides) {
            ScenarioLoader.applyOverride(root, o);
        }
        return ScenarioBinder.bind(root, "(built-in) " + DEFAULT_FILE, new KeyCatalog());
    }

    /** Every scenario key with its type, range, default and meaning, as read from the built-in baseline. */
    public static KeyCatalog catalog() {
        KeyCatalog catalog = new KeyCatalog();
        ScenarioBinder.bind(embeddedDefault(), DEFAULT_FILE, catalog);
        return catalog;
    }

    /** The UK baseline built into the program, as written. */
    static SpecNode.Mapping embeddedDefault() {
        try (InputStream in = Scenarios.class.getResourceAsStream(EMBEDDED_DEFAULT)) {
            if (in == null) {
                throw new ScenarioException("the built-in baseline scenario is missing from this build");
            }
            SpecNode n = YamlSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_FILE);
            return (SpecNode.Mapping) n;
        } catch (IOException e) {
            throw new ScenarioException("cannot read the built-in baseline: " + e.getMessage());
        }
    }
}
