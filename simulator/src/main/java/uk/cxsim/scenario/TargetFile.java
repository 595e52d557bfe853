package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Reads a targets file: the figures a scenario should reproduce (with tolerances and sources) and the keys a
 * calibration may move. Mistakes are reported with file, line and what is allowed, like scenario files.
 */
public final class TargetFile {
    private static final Set<String> TOP = Set.of("name", "description", "targets", "calibrate");
    private static final Set<String> VALUE_KEYS = Set.of("name", "metric", "expected", "tolerance",
            "relativeTolerance", "weight", "source");
    private static final Set<String> ORDER_KEYS = Set.of("name", "order", "aboveRest", "weight", "source");
    private static final Set<String> PARAMETER_KEYS = Set.of("key", "min", "max", "scale");

    private TargetFile() {
    }

    /** The evidence targets of the UK baseline, shipped with cxsim. */
    public static final String DEFAULT_FILE = "scenarios/targets/uk-2009.yaml";

    public static TargetSet load(Path file) {
        return read(YamlSource.readFile(file), file.getFileName().toString());
    }

    /** The default targets: the file in the working directory if present, else the copy built into the program. */
    public static TargetSet loadDefault() {
        Path local = Path.of(DEFAULT_FILE);
        if (local.toFile().isFile()) {
            return load(local);
        }
        try (var in = TargetFile.class.getResourceAsStream("/" + DEFAULT_FILE)) {
            if (in == null) {
                throw new ScenarioException("the built-in targets file is missing from this build");
            }
            SpecNode root = YamlSource.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    DEFAULT_FILE);
            if (!(root instanceof SpecNode.Mapping m)) {
                throw new ScenarioException("the built-in targets file is not a map");
            }
            return read(m, "uk-2009");
        } catch (java.io.IOException e) {
            throw new ScenarioException("cannot read the built-in targets: " + e.getMessage());
        }
    }

    private static TargetSet read(SpecNode.Mapping root, String fallbackName) {
        only(root, TOP, "");
        String name = text(root, "name", "", fallbackName);
        String description = text(root, "description", "", "");
        List<Target> targets = new ArrayList<>();
        SpecNode list = root.entries().get("targets");
        if (!(list instanceof SpecNode.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(list == null ? root.source() : list.source(), "targets",
                    "needs a list of targets");
        }
        for (int k = 0; k < seq.items().size(); k++) {
            targets.add(target(seq.items().get(k), "targets[" + k + "]"));
        }
        List<CalibrationParameter> parameters = new ArrayList<>();
        SpecNode cal = root.entries().get("calibrate");
        if (cal != null) {
            if (!(cal instanceof SpecNode.Sequence cs)) {
                throw new ScenarioException(cal.source(), "calibrate", "must be a list of parameters");
            }
            for (int k = 0; k < cs.items().size(); k++) {
                parameters.add(parameter(cs.items().get(k), "calibrate[" + k + "]"));
            }
        }
        return new TargetSet(name, description, List.copyOf(targets), List.copyOf(parameters));
    }

    private static Target target(SpecNode n, String path) {
        SpecNode.Mapping m = mapping(n, path);
        String name = text(m, "name", path, null);
        String source = text(m, "source", path, "");
        double weight = number(m, "weight", path, 1.0);
        if (m.entries().containsKey("order")) {
            only(m, ORDER_KEYS, path);
            SpecNode o = m.entries().get("order");
            if (!(o instanceof SpecNode.Sequence seq) || seq.items().size() < 2) {
                throw new ScenarioException(o.source(), path + ".order", "must list at least two figures");
            }
            List<String> metrics = new ArrayList<>();
            for (SpecNode item : seq.items()) {
                metrics.add(scalar(item, path + ".order"));
            }
            String rest = m.entries().containsKey("aboveRest") ? text(m, "aboveRest", path, null) : null;
            return new Target.Order(name, List.copyOf(metrics), rest, weight, source);
        }
        only(m, VALUE_KEYS, path);
        String metric = text(m, "metric", path, null);
        double expected = number(m, "expected", path, Double.NaN);
        boolean relative = m.entries().containsKey("relativeTolerance");
        if (relative == m.entries().containsKey("tolerance")) {
            throw new ScenarioException(m.source(), path, "needs exactly one of tolerance or relativeTolerance");
        }
        double tol = number(m, relative ? "relativeTolerance" : "tolerance", path, Double.NaN);
        if (!(tol > 0)) {
            throw new ScenarioException(m.source(), path, "tolerance must be above 0");
        }
        return new Target.Value(name, metric, expected, tol, relative, weight, source);
    }

    private static CalibrationParameter parameter(SpecNode n, String path) {
        SpecNode.Mapping m = mapping(n, path);
        only(m, PARAMETER_KEYS, path);
        String key = text(m, "key", path, null);
        boolean scale = m.entries().containsKey("scale");
        double min;
        double max;
        if (scale) {
            SpecNode s = m.entries().get("scale");
            if (!(s instanceof SpecNode.Sequence seq) || seq.items().size() != 2) {
                throw new ScenarioException(s.source(), path + ".scale", "must be [min, max] multipliers");
            }
            min = parse(seq.items().get(0), path + ".scale");
            max = parse(seq.items().get(1), path + ".scale");
        } else {
            min = number(m, "min", path, Double.NaN);
            max = number(m, "max", path, Double.NaN);
        }
        if (!(max > min)) {
            throw new ScenarioException(m.source(), path, "max must be above min");
        }
        return new CalibrationParameter(key, min, max, scale);
    }

    private static void only(SpecNode.Mapping m, Set<String> allowed, String path) {
        for (Map.Entry<String, SpecNode> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ScenarioException(e.getValue().source(), NodeReader.full(path, e.getKey()),
                        "unknown key; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static SpecNode.Mapping mapping(SpecNode n, String path) {
        if (!(n instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(n.source(), path, "must be a group of keys");
        }
        return m;
    }

    private static String text(SpecNode.Mapping m, String key, String path, String dflt) {
        SpecNode n = m.entries().get(key);
        if (n == null) {
            if (dflt == null) {
                throw new ScenarioException(m.source(), NodeReader.full(path, key), "is required but missing");
            }
            return dflt;
        }
        return scalar(n, NodeReader.full(path, key));
    }

    private static double number(SpecNode.Mapping m, String key, String path, double dflt) {
        SpecNode n = m.entries().get(key);
        if (n == null) {
            if (Double.isNaN(dflt)) {
                throw new ScenarioException(m.source(), NodeReader.full(path, key), "is required but missing");
            }
            return dflt;
        }
        return parse(n, NodeReader.full(path, key));
    }

    private static double parse(SpecNode n, String path) {
        String t = scalar(n, path);
        try {
            return Double.parseDouble(t.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ScenarioException(n.source(), path, "must be a number, found '" + t + "'");
        }
    }

    private static String scalar(SpecNode n, String path) {
        if (!(n instanceof SpecNode.Scalar s) || s.text() == null) {
            throw new ScenarioException(n.source(), path, "must be a single value, found " + SpecNode.describe(n));
        }
        return s.text();
    }
}
