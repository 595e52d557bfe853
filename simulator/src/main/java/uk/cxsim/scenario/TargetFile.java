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
            "relativeTolerance", "band", "weight", "source", "role", "whatIf", "discrepancy");
    private static final Set<String> ORDER_KEYS = Set.of("name", "order", "aboveRest", "weight", "source", "role");
    private static final Set<String> BAND_KEYS = Set.of("tolerance", "relativeTolerance", "band");
    /**
     * A held-out figure's model discrepancy when its target names none: a standard deviation of this share of the
     * observed value (an assumption, in the spirit of history matching; docs/validation.md).
     */
    public static final double DEFAULT_DISCREPANCY = 0.1;
    private static final Set<String> PARAMETER_KEYS = Set.of("key", "min", "max", "scale");

    private TargetFile() {
    }

    /** The evidence targets of the UK baseline, shipped with cxsim. */
    public static final String DEFAULT_FILE = "scenarios/targets/uk-2009.yaml";

    /** Held-out evidence for the UK baseline: never fitted, judged once after a fit. */
    public static final String HELD_OUT_FILE = "scenarios/targets/uk-held-out.yaml";

    /** The default targets and the held-out evidence: what {@code cxsim validate} checks by default. */
    public static TargetSet loadDefaultWithHeldOut() {
        return loadDefault().with(loadShipped(HELD_OUT_FILE, "uk-held-out"));
    }

    public static TargetSet load(Path file) {
        return read(YamlSource.readFile(file), file.getFileName().toString());
    }

    /** The default targets: the file in the working directory if present, else the copy built into the program. */
    public static TargetSet loadDefault() {
        return loadShipped(DEFAULT_FILE, "uk-2009");
    }

    /** A targets file shipped with cxsim: the one in the working directory if present, else the built-in copy. */
    private static TargetSet loadShipped(String file, String name) {
        Path local = Path.of(file);
        if (local.toFile().isFile()) {
            return load(local);
        }
        try (var in = TargetFile.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new ScenarioException("the built-in targets file " + file + " is missing from this build");
            }
            SpecNode root = YamlSource.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    file);
            if (!(root instanceof SpecNode.Mapping m)) {
                throw new ScenarioException("the built-in targets file " + file + " is not a map");
            }
            return read(m, name);
        } catch (java.io.IOException e) {
            throw new ScenarioException("cannot read the built-in targets " + file + ": " + e.getMessage());
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
        TargetRole role = role(m, path);
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
            return new Target.Order(name, List.copyOf(metrics), rest, weight, source, role);
        }
        only(m, VALUE_KEYS, path);
        String metric = text(m, "metric", path, null);
        double expected = number(m, "expected", path, Double.NaN);
        Target.Band band = band(m, path, expected);
        String whatIf = m.entries().containsKey("whatIf") ? text(m, "whatIf", path, null) : null;
        if (whatIf != null && role != TargetRole.HELD_OUT && role != TargetRole.USED_IN_DEVELOPMENT) {
            throw new ScenarioException(m.source(), path + ".whatIf",
                    "a natural experiment is evidence the fit never sees: its role must be held-out "
                            + "or used-in-development");
        }
        double discrepancy = number(m, "discrepancy", path, DEFAULT_DISCREPANCY * Math.abs(expected));
        if (discrepancy < 0) {
            throw new ScenarioException(m.source(), path + ".discrepancy", "must be 0 or more");
        }
        return new Target.Value(name, metric, expected, band, weight, source, role, whatIf, discrepancy);
    }

    /** A number as written, without trailing zeros and whatever the machine's locale. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    private static TargetRole role(SpecNode.Mapping m, String path) {
        String key = text(m, "role", path, TargetRole.CALIBRATION.key());
        TargetRole role = TargetRole.of(key);
        if (role == null) {
            throw new ScenarioException(m.entries().get("role").source(), path + ".role",
                    "unknown role '" + key + "'; allowed: " + TargetRole.allowed());
        }
        return role;
    }

    /** The band a figure should fall in: +/- tolerance, +/- a share of the expected value, or [low, high]. */
    private static Target.Band band(SpecNode.Mapping m, String path, double expected) {
        long given = BAND_KEYS.stream().filter(m.entries()::containsKey).count();
        if (given != 1) {
            throw new ScenarioException(m.source(), path, "needs exactly one of tolerance, relativeTolerance or band");
        }
        if (m.entries().containsKey("band")) {
            SpecNode b = m.entries().get("band");
            if (!(b instanceof SpecNode.Sequence seq) || seq.items().size() != 2) {
                throw new ScenarioException(b.source(), path + ".band", "must be [low, high]");
            }
            double low = parse(seq.items().get(0), path + ".band");
            double high = parse(seq.items().get(1), path + ".band");
            if (low > high) {
                throw new ScenarioException(b.source(), path + ".band", "low (" + plain(low)
                        + ") is above high (" + plain(high) + "); write [low, high]");
            }
            if (expected < low || expected > high) {
                throw new ScenarioException(b.source(), path + ".band", "must contain the expected value "
                        + plain(expected));
            }
            return new Target.Band(low, high, plain(low) + " to " + plain(high));
        }
        boolean relative = m.entries().containsKey("relativeTolerance");
        double tol = number(m, relative ? "relativeTolerance" : "tolerance", path, Double.NaN);
        if (!(tol > 0)) {
            throw new ScenarioException(m.source(), path, "tolerance must be above 0");
        }
        double abs = relative ? tol * Math.abs(expected) : tol;
        String label = relative ? "+/- " + plain(100 * tol) + "%" : "+/- " + plain(tol);
        return new Target.Band(expected - abs, expected + abs, label);
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
