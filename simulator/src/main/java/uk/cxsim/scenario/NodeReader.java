package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one map of a scenario strictly: each value is checked for type and range as it is read, defaults
 * fill what is absent, and {@link #finish()} rejects any key that was not read. Every key read is recorded in
 * the {@link KeyCatalog} and every value used (default or not) in the resolved parameter tree.
 */
final class NodeReader {
    private final SpecNode.Mapping node;
    private final String path;
    private final String pattern;
    private final KeyCatalog catalog;
    private final Map<String, Object> resolved;
    private final Set<String> known = new TreeSet<>();

    NodeReader(SpecNode.Mapping node, String path, String pattern, KeyCatalog catalog, Map<String, Object> resolved) {
        this.node = node;
        this.path = path;
        this.pattern = pattern;
        this.catalog = catalog;
        this.resolved = resolved;
    }

    /** The map this reader reads. */
    SpecNode.Mapping node() {
        return node;
    }

    String path() {
        return path;
    }

    Source source() {
        return node.source();
    }

    boolean has(String key) {
        return node.entries().containsKey(key);
    }

    double number(String key, double min, double max, double dflt, String doc) {
        known.add(key);
        catalog.recordNumber(full(pattern, key), "number", range(min, max), fmt(dflt), doc, min, max);
        SpecNode n = node.entries().get(key);
        double v = n == null ? dflt : parseNumber(n, key);
        checkRange(n, key, v, min, max);
        resolved.put(key, v);
        return v;
    }

    double requiredNumber(String key, double min, double max, String doc) {
        known.add(key);
        catalog.recordNumber(full(pattern, key), "number", range(min, max), "required", doc, min, max);
        SpecNode n = require(key);
        double v = parseNumber(n, key);
        checkRange(n, key, v, min, max);
        resolved.put(key, v);
        return v;
    }

    int integer(String key, int min, int max, int dflt, String doc) {
        return (int) longInteger(key, min, max, dflt, doc);
    }

    long longInteger(String key, long min, long max, long dflt, String doc) {
        known.add(key);
        catalog.recordNumber(full(pattern, key), "whole number", range(min, max), Long.toString(dflt), doc, min,
                max);
        SpecNode n = node.entries().get(key);
        long v = dflt;
        if (n != null) {
            double d = parseNumber(n, key);
            if (d != Math.rint(d) || Math.abs(d) > 9e15) {
                throw new ScenarioException(n.source(), full(path, key), "must be a whole number, found "
                        + SpecNode.describe(n));
            }
            v = (long) d;
        }
        if (v < min || v > max) {
            throw new ScenarioException(n == null ? node.source() : n.source(), full(path, key),
                    v + " is out of range; allowed " + range(min, max));
        }
        resolved.put(key, v);
        return v;
    }

    boolean flag(String key, boolean dflt, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), "true/false", "true, false", Boolean.toString(dflt), doc);
        SpecNode n = node.entries().get(key);
        boolean v = dflt;
        if (n != null) {
            String t = scalarText(n, key).toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                throw new ScenarioException(n.source(), full(path, key), "must be true or false, found "
                        + SpecNode.describe(n));
            }
            v = t.equals("true");
        }
        resolved.put(key, v);
        return v;
    }

    String text(String key, String dflt, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), "text", "any text", dflt == null ? "required" : "'" + dflt + "'", doc);
        SpecNode n = node.entries().get(key);
        String v = n == null ? dflt : scalarText(n, key);
        if (v == null) {
            require(key);
        }
        resolved.put(key, v);
        return v;
    }

    /** One of a fixed set of words. */
    String choice(String key, List<String> allowed, String dflt, String doc) {
        known.add(key);
        catalog.recordChoice(full(pattern, key), String.join(", ", allowed), dflt, doc, allowed);
        SpecNode n = node.entries().get(key);
        String v = n == null ? dflt : scalarText(n, key);
        if (!allowed.contains(v)) {
            throw new ScenarioException(n.source(), full(path, key), "'" + v + "' is not allowed; allowed "
                    + String.join(", ", allowed));
        }
        resolved.put(key, v);
        return v;
    }

    /** A list of exactly {@code length} numbers in range. */
    double[] numbers(String key, int length, double min, double max, double[] dflt, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), "list of " + length + " numbers", range(min, max) + " each",
                dflt == null ? "required" : (allEqual(dflt) ? length + " x " + fmt(dflt[0]) : "see scenario"), doc);
        SpecNode n = node.entries().get(key);
        if (n == null) {
            if (dflt == null) {
                require(key);
            }
            resolved.put(key, toList(dflt));
            return dflt.clone();
        }
        if (!(n instanceof SpecNode.Sequence s)) {
            throw new ScenarioException(n.source(), full(path, key), "must be a list of " + length
                    + " numbers, found " + SpecNode.describe(n));
        }
        if (s.items().size() != length) {
            throw new ScenarioException(n.source(), full(path, key), "must have " + length + " values, found "
                    + s.items().size());
        }
        double[] v = new double[length];
        for (int k = 0; k < length; k++) {
            SpecNode item = s.items().get(k);
            v[k] = parseNumber(item, key + "[" + k + "]");
            checkRange(item, key + "[" + k + "]", v[k], min, max);
        }
        resolved.put(key, toList(v));
        return v;
    }

    /** A map from fixed names to numbers; names left out take the default (usually 0). */
    double[] numbersByName(String key, String[] names, double min, double max, double[] dflt, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), "map of " + String.join("/", names) + " to numbers",
                range(min, max) + " each", dflt == null ? "required" : "see scenario", doc);
        SpecNode n = node.entries().get(key);
        if (n == null) {
            if (dflt == null) {
                require(key);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            for (int k = 0; k < names.length; k++) {
                r.put(names[k], dflt[k]);
            }
            resolved.put(key, r);
            return dflt.clone();
        }
        if (!(n instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(n.source(), full(path, key), "must be a map of " + String.join(", ", names)
                    + " to numbers, found " + SpecNode.describe(n));
        }
        NodeReader inner = new NodeReader(m, full(path, key), full(pattern, key), new KeyCatalog(),
                new LinkedHashMap<>());
        double[] v = new double[names.length];
        for (int k = 0; k < names.length; k++) {
            v[k] = inner.number(names[k], min, max, 0.0, "");
        }
        inner.finish();
        resolved.put(key, inner.resolved);
        return v;
    }

    /** Opening hours as {@code [from, to]}, whole hours with 0 <= from <= to <= 24. */
    int[] hours(String key, int[] dflt, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), "[from, to] hours", "0 <= from <= to <= 24",
                "[" + dflt[0] + ", " + dflt[1] + "]", doc);
        SpecNode n = node.entries().get(key);
        int[] v = dflt.clone();
        if (n != null) {
            if (!(n instanceof SpecNode.Sequence s) || s.items().size() != 2) {
                throw new ScenarioException(n.source(), full(path, key),
                        "must be [from, to] in whole hours, found " + SpecNode.describe(n));
            }
            for (int k = 0; k < 2; k++) {
                double d = parseNumber(s.items().get(k), key);
                if (d != Math.rint(d) || d < 0 || d > 24) {
                    throw new ScenarioException(n.source(), full(path, key), "hours must be whole numbers 0 to 24");
                }
                v[k] = (int) d;
            }
            if (v[0] > v[1]) {
                throw new ScenarioException(n.source(), full(path, key), "opening hour " + v[0]
                        + " is after closing hour " + v[1]);
            }
        }
        resolved.put(key, List.of(v[0], v[1]));
        return v;
    }

    /** A nested group of keys (empty if absent). */
    NodeReader group(String key, String doc) {
        known.add(key);
        SpecNode n = node.entries().get(key);
        SpecNode.Mapping m;
        if (n == null) {
            m = new SpecNode.Mapping(node.source());
        } else if (n instanceof SpecNode.Mapping mm) {
            m = mm;
        } else {
            throw new ScenarioException(n.source(), full(path, key), "must be a group of keys, found "
                    + SpecNode.describe(n));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        resolved.put(key, r);
        return new NodeReader(m, full(path, key), full(pattern, key), catalog, r);
    }

    /** A map of named entries (sectors, suppliers, age bands), each a group of keys, in file order. */
    Map<String, SpecNode.Mapping> namedEntries(String key, boolean required) {
        known.add(key);
        SpecNode n = node.entries().get(key);
        if (n == null) {
            if (required) {
                require(key);
            }
            return new LinkedHashMap<>();
        }
        if (!(n instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(n.source(), full(path, key), "must be a map of named entries, found "
                    + SpecNode.describe(n));
        }
        Map<String, SpecNode.Mapping> out = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> e : m.entries().entrySet()) {
            if (!(e.getValue() instanceof SpecNode.Mapping em)) {
                throw new ScenarioException(e.getValue().source(), full(full(path, key), e.getKey()),
                        "must be a group of keys, found " + SpecNode.describe(e.getValue()));
            }
            out.put(e.getKey(), em);
        }
        if (required && out.isEmpty()) {
            throw new ScenarioException(n.source(), full(path, key), "needs at least one entry");
        }
        return out;
    }

    /** A reader for one named entry read through {@link #namedEntries}. */
    NodeReader entry(String key, String name, String placeholder, SpecNode.Mapping entry) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parent = (Map<String, Object>) resolved.computeIfAbsent(key,
                k -> new LinkedHashMap<String, Object>());
        Map<String, Object> r = new LinkedHashMap<>();
        parent.put(name, r);
        return new NodeReader(entry, full(full(path, key), name), full(full(pattern, key), placeholder), catalog, r);
    }

    /** A group of keys read by someone else later (supplier defaults and overrides), or null if absent. */
    SpecNode.Mapping optionalMapping(String key, String type, String doc) {
        known.add(key);
        catalog.record(full(pattern, key), type, "see its keys", "none", doc);
        SpecNode n = node.entries().get(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(n.source(), full(path, key), "must be a group of keys, found "
                    + SpecNode.describe(n));
        }
        return m;
    }

    /** Rejects any key present in the map that no reader asked for. */
    void finish() {
        for (Map.Entry<String, SpecNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String hint = closest(e.getKey());
                throw new ScenarioException(e.getValue().source(), full(path, e.getKey()), "unknown key"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)") + "; allowed here: "
                        + String.join(", ", known));
            }
        }
    }

    ScenarioException error(String key, String problem) {
        SpecNode n = node.entries().get(key);
        return new ScenarioException(n == null ? node.source() : n.source(), full(path, key), problem);
    }

    private SpecNode require(String key) {
        SpecNode n = node.entries().get(key);
        if (n == null) {
            throw new ScenarioException(node.source(), full(path, key), "is required but missing");
        }
        return n;
    }

    private String scalarText(SpecNode n, String key) {
        if (!(n instanceof SpecNode.Scalar s) || s.text() == null) {
            throw new ScenarioException(n.source(), full(path, key), "must be a single value, found "
                    + SpecNode.describe(n));
        }
        return s.text();
    }

    private double parseNumber(SpecNode n, String key) {
        String t = scalarText(n, key).replace("_", "");
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(n.source(), full(path, key), "must be a number, found "
                    + SpecNode.describe(n));
        }
    }

    private void checkRange(SpecNode n, String key, double v, double min, double max) {
        if (v < min || v > max) {
            throw new ScenarioException(n == null ? node.source() : n.source(), full(path, key),
                    fmt(v) + " is out of range; allowed " + range(min, max));
        }
    }

    private String closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String full(String prefix, String key) {
        return prefix == null || prefix.isEmpty() ? key : prefix + "." + key;
    }

    static String range(double min, double max) {
        if (max == Double.MAX_VALUE || max >= 1e300) {
            return "at least " + fmt(min);
        }
        return fmt(min) + " to " + fmt(max);
    }

    static String range(long min, long max) {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static boolean allEqual(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> toList(double[] v) {
        List<Object> l = new ArrayList<>();
        for (double x : v) {
            l.add(x);
        }
        return l;
    }
}
