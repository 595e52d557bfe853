package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Scenarios;

/**
 * The scenarios the studio offers: the YAML files of its scenarios folder, any files named at start, and the
 * built-in UK baseline when the folder has none. A scenario is named by its path as the user gave it (relative to
 * the working directory), or {@value Studio#BUILT_IN}.
 */
final class ScenarioShelf {
    private final Path folder;
    private final List<Path> extra;

    ScenarioShelf(Path folder, List<Path> extra) {
        this.folder = folder;
        this.extra = List.copyOf(extra);
    }

    Path folder() {
        return folder;
    }

    /** Loads a scenario by id with overrides; bad input throws {@link ScenarioException}. */
    LoadedScenario load(String id, List<String> overrides) {
        if (id == null || id.isBlank() || id.equals(Studio.BUILT_IN)) {
            return Scenarios.loadDefault(overrides);
        }
        Path file = Path.of(id);
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("scenario file not found: " + id + " (a YAML file, e.g. "
                    + Scenarios.DEFAULT_FILE + ", or " + Studio.BUILT_IN + ")");
        }
        return Scenarios.load(file, overrides);
    }

    /** The file behind an id, or null for the built-in baseline. */
    Path file(String id) {
        return id == null || id.equals(Studio.BUILT_IN) ? null : Path.of(id);
    }

    /** What {@code GET /api/scenarios} lists: id, name and first line of description, in file-name order. */
    List<Map<String, Object>> list() {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new BadRequest(500, "cannot list " + folder + ": " + e.getMessage());
            }
        }
        for (Path p : extra) {
            if (!files.contains(p)) {
                files.add(p);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (files.stream().noneMatch(p -> p.getFileName().toString().equals("uk-baseline.yaml"))) {
            out.add(entry(Studio.BUILT_IN, "uk-baseline (built in)", "The UK baseline built into cxsim", null));
        }
        for (Path p : files) {
            try {
                LoadedScenario s = Scenarios.load(p, List.of());
                out.add(entry(p.toString(), s.params().name(), s.params().description(), null));
            } catch (ScenarioException e) {
                out.add(entry(p.toString(), p.getFileName().toString(), "", e.getMessage()));
            }
        }
        return out;
    }

    private static Map<String, Object> entry(String id, String name, String description, String error) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("description", description == null ? "" : description.lines().findFirst().orElse(""));
        if (error != null) {
            m.put("error", error);
        }
        return m;
    }
}
