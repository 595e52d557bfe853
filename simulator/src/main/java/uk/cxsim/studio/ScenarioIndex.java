package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioRoots;
import uk.cxsim.scenario.Scenarios;

/**
 * The scenarios the studio offers, each addressed by name only: the built-ins (the scenarios folder's YAML files,
 * or the baseline built into the program when the folder has none), the what-ifs saved in the workspace, and the
 * files named at start. The index is read afresh from those folders on each use, by real path: a file whose real
 * path leaves its folder (a link pointing elsewhere) is left out, and a scenario's {@code extends} is followed only
 * inside the folders served. Any other name is answered "no scenario named X" without the file system being
 * touched, so a request can neither read nor probe a file elsewhere.
 */
final class ScenarioIndex {
    /** The baseline built into the program, offered when the scenarios folder has no {@code uk-baseline.yaml}. */
    static final String BASELINE = "uk-baseline";

    /** Where a scenario comes from. */
    enum Kind {
        BUILT_IN("built in"), WORKSPACE("saved in the studio"), NAMED("named at start");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /**
     * One scenario offered.
     *
     * @param file its real path, or null for the baseline built into the program
     */
    record Entry(String name, Kind kind, Path file) {
    }

    private final Path builtIns;
    private final Path workspace;
    private final List<Path> named;
    private final ScenarioRoots roots;

    /**
     * @param builtIns  the scenarios folder (read only)
     * @param workspace where the studio saves what-ifs
     * @param named     files named at start, already checked by {@link #checkNamed}
     */
    ScenarioIndex(Path builtIns, Path workspace, List<Path> named) {
        this.builtIns = builtIns;
        this.workspace = workspace;
        this.named = List.copyOf(named);
        List<Path> folders = new ArrayList<>(List.of(builtIns, workspace));
        folders.addAll(named);
        this.roots = ScenarioRoots.of(folders);
    }

    /** The folders served (by real path), which every scenario read and every {@code extends} stays inside. */
    ScenarioRoots roots() {
        return roots;
    }

    Path workspace() {
        return workspace;
    }

    /**
     * Checks the files named at start: each a YAML file whose stem is a valid name that no built-in takes, loaded
     * (with what it extends) from inside the folders served. Returns a one-line reason for the first that is not,
     * or null.
     */
    static String checkNamed(Path builtIns, Path workspace, List<Path> named) {
        ScenarioIndex index = new ScenarioIndex(builtIns, workspace, named);
        Map<String, Entry> seen = new LinkedHashMap<>();
        for (Entry e : index.builtInEntries()) {
            seen.put(e.name(), e);
        }
        for (Path p : named) {
            if (!Files.isRegularFile(p)) {
                return "no scenario file " + p;
            }
            String stem = ScenarioNames.stem(p.getFileName().toString());
            if (stem == null || !ScenarioNames.valid(stem) || ScenarioNames.reserved(stem)) {
                return p + ": a scenario the studio offers is named by its file, which must be NAME.yaml with NAME "
                        + ScenarioNames.RULE;
            }
            if (seen.containsKey(stem)) {
                return p + ": the name " + stem + " is taken by " + describe(seen.get(stem)) + "; rename the file";
            }
            seen.put(stem, new Entry(stem, Kind.NAMED, p));
            try {
                Scenarios.loadWithin(p.toAbsolutePath(), List.of(), index.roots);
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    private static String describe(Entry e) {
        return e.file() == null ? "the built-in baseline" : e.file().toString();
    }

    /** Every scenario offered, built-ins first, each name once. */
    List<Entry> entries() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : builtInEntries()) {
            out.putIfAbsent(e.name(), e);
        }
        for (Entry e : folder(workspace, Kind.WORKSPACE)) {
            out.putIfAbsent(e.name(), e);
        }
        for (Path p : named) {
            Path real = roots.inside(p);
            String stem = ScenarioNames.stem(p.getFileName().toString());
            if (real != null && stem != null && ScenarioNames.valid(stem)) {
                out.putIfAbsent(stem, new Entry(stem, Kind.NAMED, real));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether a name is taken by any scenario offered, in any case. */
    boolean taken(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return entries().stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).equals(lower))
                || folderNames(workspace).contains(lower);
    }

    /** Whether a name is a built-in's or a file's named at start (never to be shadowed by a saved what-if). */
    boolean reservedFor(String name) {
        return entries().stream().anyMatch(e -> e.name().equals(name) && e.kind() != Kind.WORKSPACE);
    }

    /** The scenario of this name; anything else is 404, answered without reading the file system for it. */
    Entry find(String name) {
        if (ScenarioNames.valid(name)) {
            for (Entry e : entries()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        throw HttpProblem.notFound("no scenario named " + ScenarioNames.quoted(name));
    }

    /** Loads a scenario with {@code --set}-style overrides; bad input throws a scenario error. */
    LoadedScenario load(Entry entry, List<String> overrides) {
        return loadWith(entry, KeyOverride.set(overrides));
    }

    /** Loads a scenario with overrides; bad input throws a scenario error. */
    LoadedScenario loadWith(Entry entry, List<KeyOverride> overrides) {
        if (entry.file() == null) {
            return Scenarios.loadBuiltIn(overrides);
        }
        return Scenarios.loadWithin(entry.file(), overrides, roots);
    }

    /**
     * The YAML files of {@code dir} by name (valid, not a device's), each at its real path, which stays inside the
     * folders served; in name order. A folder that does not exist or cannot be read has none.
     */
    Map<String, Path> yamlFiles(Path dir) {
        Map<String, Path> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.yaml")) {
            s.forEach(files::add);
        } catch (IOException e) {
            return out;
        }
        files.sort(null);
        for (Path p : files) {
            String stem = ScenarioNames.stem(p.getFileName().toString());
            Path real = roots.inside(p);
            if (stem != null && ScenarioNames.valid(stem) && !ScenarioNames.reserved(stem) && real != null) {
                out.put(stem, real);
            }
        }
        return out;
    }

    /** The ensembles folder of the built-in scenarios ({@code ensembles/} beside them), which may not exist. */
    Path ensembles() {
        return builtIns.resolve("ensembles");
    }

    LoadedScenario load(String name, List<String> overrides) {
        return load(find(name), overrides);
    }

    private List<Entry> builtInEntries() {
        List<Entry> out = folder(builtIns, Kind.BUILT_IN);
        if (out.stream().noneMatch(e -> e.name().equals(BASELINE))) {
            out.add(0, new Entry(BASELINE, Kind.BUILT_IN, null));
        }
        return out;
    }

    /** The folder's YAML files with valid names whose real paths stay inside the folders served, by name. */
    private List<Entry> folder(Path dir, Kind kind) {
        List<Entry> out = new ArrayList<>();
        yamlFiles(dir).forEach((stem, real) -> out.add(new Entry(stem, kind, real)));
        return out;
    }

    /** Every stem in a folder, lower-cased, valid or not (a saved name must clash with none). */
    private static List<String> folderNames(Path dir) {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    String stem = ScenarioNames.stem(p.getFileName().toString().toLowerCase(Locale.ROOT));
                    if (stem != null) {
                        out.add(stem);
                    }
                }
            } catch (IOException e) {
                // an unreadable workspace takes no names
            }
        }
        return out;
    }
}
