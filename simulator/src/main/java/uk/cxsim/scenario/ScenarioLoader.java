package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario file: follows {@code extends:} to the scenario it builds on (a path relative to the file),
 * lays the file's values over it, then applies {@code --set path.to.key=value} overrides.
 */
public final class ScenarioLoader {
    private static final int MAX_DEPTH = 16;

    private ScenarioLoader() {
    }

    /** The merged tree of a scenario file and its overrides, not yet validated. */
    public static SpecNode.Mapping load(Path file, List<KeyOverride> overrides) {
        return load(file, overrides, ScenarioRoots.ANY);
    }

    /** As {@link #load(Path, List)}, reading only files inside {@code roots} (the file itself and its parents). */
    public static SpecNode.Mapping load(Path file, List<KeyOverride> overrides, ScenarioRoots roots) {
        if (roots.inside(file) == null) {
            throw new ScenarioException("no scenario file " + file + " in the folders of scenarios served here");
        }
        SpecNode.Mapping merged = loadWithParents(file.toAbsolutePath().normalize(), new ArrayList<>(), file, roots);
        SpecNode.Mapping own = YamlSource.readFile(file);
        if (!own.entries().containsKey("name")) {
            merged.entries().put("name", new SpecNode.Scalar(own.source(), stem(file)));
        }
        if (!own.entries().containsKey("title")) {
            // a title says what this file does: a parent's would misname it
            merged.entries().remove("title");
        }
        merged.entries().remove("extends");
        for (KeyOverride o : overrides) {
            applyOverride(merged, o);
        }
        return merged;
    }

    private static SpecNode.Mapping loadWithParents(Path file, List<Path> chain, Path shown, ScenarioRoots roots) {
        if (chain.contains(file)) {
            throw new ScenarioException("scenario " + shown + " extends itself through " + chain);
        }
        if (chain.size() > MAX_DEPTH) {
            throw new ScenarioException("scenario " + shown + ": extends chain deeper than " + MAX_DEPTH);
        }
        chain.add(file);
        SpecNode.Mapping own = YamlSource.readFile(relativeToWorkingDir(file));
        SpecNode parentRef = own.entries().get("extends");
        if (parentRef == null) {
            return own;
        }
        if (!(parentRef instanceof SpecNode.Scalar s) || s.text() == null || s.text().isBlank()) {
            throw new ScenarioException(parentRef.source(), "extends", "must name a scenario file, found "
                    + SpecNode.describe(parentRef));
        }
        Path parentFile = roots.parent(file, s, "extends");
        SpecNode.Mapping parent = loadWithParents(parentFile, chain, parentFile, roots);
        return (SpecNode.Mapping) merge(parent, own);
    }

    /** The child's values laid over the parent's: maps merge key by key, anything else is replaced. */
    static SpecNode merge(SpecNode parent, SpecNode child) {
        if (parent instanceof SpecNode.Mapping p && child instanceof SpecNode.Mapping c) {
            SpecNode.Mapping out = p.copy();
            for (Map.Entry<String, SpecNode> e : c.entries().entrySet()) {
                SpecNode existing = out.entries().get(e.getKey());
                out.entries().put(e.getKey(), existing == null ? e.getValue().copy() : merge(existing, e.getValue()));
            }
            return new SpecNode.Mapping(c.source(), out.entries());
        }
        return child.copy();
    }

    /** Applies one {@code path.to.key=value} override; a bad value is reported under the option that gave it. */
    static void applyOverride(SpecNode.Mapping root, KeyOverride o) {
        String override = o.assignment();
        boolean set = KeyOverride.SET.equals(o.option());
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(o.option() + " " + override + ": expected path.to.key=value");
        }
        String path = override.substring(0, eq).trim();
        String text = override.substring(eq + 1).trim();
        Source source = Source.commandLine(set ? KeyOverride.SET + " " + path : o.option());
        String[] parts = path.split("\\.", -1);
        if (Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new ScenarioException(o.option() + " " + override + ": '" + path
                    + "' has an empty part; expected path.to.key=value");
        }
        SpecNode.Mapping at = root;
        for (int k = 0; k < parts.length - 1; k++) {
            SpecNode next = at.entries().get(parts[k]);
            if (next == null) {
                next = new SpecNode.Mapping(source);
                at.entries().put(parts[k], next);
            }
            if (!(next instanceof SpecNode.Mapping m)) {
                throw new ScenarioException(source, String.join(".", Arrays.copyOf(parts, k + 1)),
                        "is a value, not a group of keys");
            }
            at = m;
        }
        SpecNode value = YamlSource.parse(text, source.origin());
        SpecNode old = at.entries().get(parts[parts.length - 1]);
        at.entries().put(parts[parts.length - 1], old == null ? relabel(value, source)
                : merge(old, relabel(value, source)));
    }

    private static SpecNode relabel(SpecNode n, Source source) {
        if (n instanceof SpecNode.Scalar s) {
            return new SpecNode.Scalar(source, s.text());
        }
        return n;
    }

    private static Path relativeToWorkingDir(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file) : file;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
