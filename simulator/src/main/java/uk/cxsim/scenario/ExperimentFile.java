package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A saved experiment (scenarios/experiments/*.yaml): what to run, on which scenarios, with which design. It reads
 * like a command line written down, and becomes one: {@link #arguments()} are the arguments of the matching cxsim
 * command, with paths resolved against the experiment file's folder.
 */
public final class ExperimentFile {
    private static final Set<String> KINDS = Set.of("run", "compare", "sweep", "sensitivity", "calibrate",
            "ensemble", "discover", "assumptions");
    /** Keys every kind takes, including discover, which reads a table and runs no scenario. */
    private static final Set<String> DESCRIBING = Set.of("kind", "name", "description");
    private static final Set<String> COMMON = Set.of("kind", "name", "description", "scenario", "customers", "days",
            "seed", "replications", "set");
    private static final Map<String, Set<String>> OWN = Map.of(
            "run", Set.of(),
            "compare", Set.of("variants", "years", "ensemble", "question", "focus", "focusDensity"),
            "assumptions", Set.of("variants", "groups", "trajectories", "levels", "top", "samples", "seeds",
                    "bootstrap", "sobolGroups"),
            "sweep", Set.of("design", "samples", "parameters", "failFast"),
            "sensitivity", Set.of("method", "parameters", "outputs", "trajectories", "levels", "samples",
                    "bootstrap", "failFast"),
            "calibrate", Set.of("targets", "method", "maxEvaluations", "sigma"),
            "ensemble", Set.of("targets", "members", "maxEvaluations", "waveSize", "around", "pilotReplications",
                    "sampleAssumed"),
            "discover", Set.of("table", "outcome", "below", "above", "inputs", "threshold", "box", "boxes",
                    "peelAlpha", "pasteAlpha", "massMin", "pasting"));

    /** Keys whose value must be a whole number (the matching options are Java ints; the seed a long). */
    private static final Set<String> WHOLE_NUMBERS = Set.of("customers", "days", "replications", "years", "samples",
            "trajectories", "levels", "bootstrap", "top", "seeds", "maxEvaluations", "members", "waveSize",
            "pilotReplications", "box", "boxes", "focusDensity");
    /** Keys whose value must be a finite number. */
    private static final Set<String> NUMBERS = Set.of("sigma", "around", "below", "above", "threshold", "peelAlpha",
            "pasteAlpha", "massMin");
    /** Keys that take one word from a fixed list, by experiment kind (the options' allowed values). */
    private static final Map<String, List<String>> WORDS = Map.of(
            "design", List.of("grid", "lhs", "sobol"),
            "sensitivity.method", List.of("morris", "sobol"),
            "calibrate.method", List.of("cmaes", "nelder_mead"));

    private final String kind;
    private final List<String> arguments;

    private ExperimentFile(String kind, List<String> arguments) {
        this.kind = kind;
        this.arguments = arguments;
    }

    public String kind() {
        return kind;
    }

    /** The cxsim command line this experiment stands for (without --out). */
    public List<String> arguments() {
        return arguments;
    }

    public static ExperimentFile load(Path file) {
        SpecNode.Mapping root = YamlSource.readFile(file);
        Path dir = file.toAbsolutePath().getParent();
        String kind = scalar(root, "kind", true);
        if (!KINDS.contains(kind)) {
            throw new ScenarioException(root.entries().get("kind").source(), "kind", "'" + kind
                    + "' is not an experiment kind; allowed: " + String.join(", ", new TreeSet<>(KINDS)));
        }
        Set<String> allowed = new TreeSet<>(kind.equals("discover") ? DESCRIBING : COMMON);
        allowed.addAll(OWN.get(kind));
        for (Map.Entry<String, SpecNode> e : root.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
                throw new ScenarioException(e.getValue().source(), e.getKey(), "unknown key for " + article + kind
                        + " experiment; allowed: " + String.join(", ", allowed));
            }
        }
        List<String> args = new ArrayList<>();
        // an ensemble is a calibration that finds many fits: cxsim calibrate --ensemble K
        args.add(kind.equals("ensemble") ? "calibrate" : kind);
        if (kind.equals("discover")) {
            discover(args, root, dir);
            return new ExperimentFile(kind, List.copyOf(args));
        }
        String scenario = scalar(root, "scenario", !kind.equals("run"));
        if (scenario != null) {
            args.add(path(dir, root, "scenario", scenario));
        }
        if (kind.equals("compare") || kind.equals("assumptions")) {
            for (String v : list(root, "variants", true)) {
                args.add(path(dir, root, "variants", v));
            }
            option(args, root, "years", "--years");
            String ensemble = scalar(root, "ensemble", false);
            if (ensemble != null) {
                args.add("--ensemble");
                args.add(path(dir, root, "ensemble", ensemble));
            }
            option(args, root, "question", "--question");
            option(args, root, "focus", "--focus");
            option(args, root, "focusDensity", "--focus-density");
        }
        if (kind.equals("calibrate") || kind.equals("ensemble")) {
            args.add("--targets");
            args.add(path(dir, root, "targets", scalar(root, "targets", true)));
            option(args, root, "maxEvaluations", "--max-evaluations");
            option(args, root, "sigma", "--sigma");
        }
        if (kind.equals("ensemble")) {
            scalar(root, "members", true);
            options(args, root, "members", "--ensemble", "waveSize", "--wave-size", "around", "--around",
                    "pilotReplications", "--pilot-replications");
            for (String key : list(root, "sampleAssumed", false)) {
                args.add("--sample-assumed");
                args.add(key);
            }
        }
        options(args, root, "customers", "--customers", "days", "--days", "seed", "--seed", "replications",
                "--replications");
        for (String s : list(root, "set", false)) {
            args.add("--set");
            args.add(s);
        }
        option(args, root, "design", "--design");
        option(args, root, "method", "--method");
        option(args, root, "samples", "--samples");
        option(args, root, "trajectories", "--trajectories");
        option(args, root, "levels", "--levels");
        option(args, root, "bootstrap", "--bootstrap");
        option(args, root, "top", "--top");
        option(args, root, "seeds", "--seeds");
        for (String g : list(root, "sobolGroups", false)) {
            args.add("--sobol-groups");
            args.add(g);
        }
        String groups = scalar(root, "groups", false);
        if (groups != null) {
            args.add("--groups");
            args.add(path(dir, root, "groups", groups));
        }
        for (String o : list(root, "outputs", false)) {
            args.add("--output");
            args.add(o);
        }
        SpecNode params = root.entries().get("parameters");
        if (params != null) {
            if (!(params instanceof SpecNode.Mapping m) || m.entries().isEmpty()) {
                throw new ScenarioException(params.source(), "parameters",
                        "must map each key to a range (min:max:steps) or a list of values");
            }
            for (Map.Entry<String, SpecNode> e : m.entries().entrySet()) {
                args.add("--param");
                args.add(e.getKey() + "=" + rangeText(e.getValue(), "parameters." + e.getKey()));
            }
        } else if (kind.equals("sweep") || kind.equals("sensitivity")) {
            throw new ScenarioException(root.source(), "parameters", "is required for a " + kind + " experiment");
        }
        String failFast = scalar(root, "failFast", false);
        if ("true".equals(failFast)) {
            args.add("--fail-fast");
        }
        return new ExperimentFile(kind, List.copyOf(args));
    }

    /** A discover experiment: the table (beside the experiment file), the question and PRIM's settings. */
    private static void discover(List<String> args, SpecNode.Mapping root, Path dir) {
        args.add(path(dir, root, "table", scalar(root, "table", true)));
        args.add("--outcome");
        args.add(scalar(root, "outcome", true));
        if (root.entries().containsKey("below") == root.entries().containsKey("above")) {
            throw new ScenarioException(root.source(), "below", "give exactly one of below or above (the level "
                    + "that makes a run one of interest)");
        }
        option(args, root, "below", "--below");
        option(args, root, "above", "--above");
        List<String> inputs = list(root, "inputs", false);
        if (!inputs.isEmpty()) {
            args.add("--inputs");
            args.add(String.join(",", inputs));
        }
        options(args, root, "threshold", "--threshold", "box", "--box", "boxes", "--boxes", "peelAlpha",
                "--peel-alpha", "pasteAlpha", "--paste-alpha", "massMin", "--mass-min");
        String pasting = scalar(root, "pasting", false);
        if (pasting != null && !pasting.equals("true") && !pasting.equals("false")) {
            throw new ScenarioException(root.entries().get("pasting").source(), "pasting", "must be true or false, "
                    + "found '" + pasting + "'");
        }
        if ("false".equals(pasting)) {
            args.add("--no-pasting");
        }
    }

    /** Whether the experiment runs the simulator (every kind but discover, which reads a table). */
    public boolean simulates() {
        return !kind.equals("discover");
    }

    private static String rangeText(SpecNode n, String path) {
        if (n instanceof SpecNode.Sequence s) {
            List<String> values = new ArrayList<>();
            for (SpecNode item : s.items()) {
                values.add(text(item, path));
            }
            return String.join(",", values);
        }
        return text(n, path);
    }

    /** {@link #option} for each pair of key and command-line option, in order. */
    private static void options(List<String> args, SpecNode.Mapping root, String... keysAndOptions) {
        for (int k = 0; k < keysAndOptions.length; k += 2) {
            option(args, root, keysAndOptions[k], keysAndOptions[k + 1]);
        }
    }

    private static void option(List<String> args, SpecNode.Mapping root, String key, String option) {
        String v = scalar(root, key, false);
        if (v != null) {
            checkValue(root.entries().get(key), key, v, scalar(root, "kind", true));
            args.add(option);
            args.add(v);
        }
    }

    /** The file {@code name}, given under {@code key}, resolved against the experiment file's folder. */
    private static String path(Path dir, SpecNode.Mapping root, String key, String name) {
        return FilePaths.resolve(dir, name, root.entries().get(key), key).toString();
    }

    private static String scalar(SpecNode.Mapping root, String key, boolean required) {
        SpecNode n = root.entries().get(key);
        if (n == null) {
            if (required) {
                throw new ScenarioException(root.source(), key, "is required but missing");
            }
            return null;
        }
        return text(n, key);
    }

    /** Refuses a value the command line would refuse, here where file and line can be named. */
    private static void checkValue(SpecNode n, String key, String v, String kind) {
        try {
            if (key.equals("seed")) {
                Long.parseLong(v);
            } else if (WHOLE_NUMBERS.contains(key)) {
                Integer.parseInt(v);
            } else if (NUMBERS.contains(key) && !Double.isFinite(Double.parseDouble(v))) {
                throw new NumberFormatException(v);
            }
        } catch (NumberFormatException e) {
            String type = NUMBERS.contains(key) ? "number" : "whole number";
            throw new ScenarioException(n.source(), key, "must be a " + type + ", found '" + v + "'");
        }
        List<String> words = WORDS.getOrDefault(key, WORDS.get(kind + "." + key));
        if (words != null && !words.contains(v)) {
            throw new ScenarioException(n.source(), key, "'" + v + "' is not allowed for a " + kind
                    + " experiment; allowed " + String.join(", ", words));
        }
    }

    private static List<String> list(SpecNode.Mapping root, String key, boolean required) {
        SpecNode n = root.entries().get(key);
        if (n == null) {
            if (required) {
                throw new ScenarioException(root.source(), key, "is required but missing");
            }
            return List.of();
        }
        if (!(n instanceof SpecNode.Sequence s)) {
            throw new ScenarioException(n.source(), key, "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (SpecNode item : s.items()) {
            out.add(text(item, key));
        }
        return out;
    }

    private static String text(SpecNode n, String path) {
        if (!(n instanceof SpecNode.Scalar s) || s.text() == null) {
            throw new ScenarioException(n.source(), path, "must be a single value, found " + SpecNode.describe(n));
        }
        return s.text();
    }
}
