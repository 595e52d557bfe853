package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.cxsim.scenario.ParameterStatus.Kind;

/**
 * A status file: what each behaviour and economic parameter of a scenario rests on, by key or by key pattern
 * ({@code *} stands for one name: {@code sectors.*.contactsPerYear}). It is data beside the scenario, not part of it,
 * so the model never sees it:
 *
 * <pre>
 * parameters:
 *   people.mortalityPerYear: {status: measured, source: "ONS, NRS and NISRA deaths, 2009"}
 *   "sectors.*.contactsPerYear": {status: fitted, target: "each sector's cost of poor service"}
 *   behaviour.attrition.reentryPerYear: {status: assumed, low: 0.25, high: 4, why: "no evidence found"}
 *   levers.staffingMultiplier: {status: setting, why: "1: staffing as planned"}
 * </pre>
 *
 * <p>Read strictly, as a scenario is: an unknown status or field, a measured value without its source, a fitted one
 * without its target, an assumed one without its low, high and why (or with low above high), a setting without why,
 * each is refused in one line naming the file, line and key. A key takes the entry that names it most exactly, the
 * one with the most names spelled out rather than {@code *}; two entries that match a key equally are refused.
 */
public final class ParameterStatuses {
    /** The status file of the UK baseline, shipped with cxsim (and built into it). */
    public static final String BUILT_IN = "scenarios/parameters/uk-baseline.yaml";
    private static final double ANY = Double.MAX_VALUE;

    /** One entry of the file: a key or key pattern and its status. */
    record Entry(String key, ParameterStatus status, Pattern pattern, int exactness) {
        boolean matches(String concreteKey) {
            return pattern.matcher(concreteKey).matches();
        }
    }

    private final String origin;
    private final List<Entry> entries;

    private ParameterStatuses(String origin, List<Entry> entries) {
        this.origin = origin;
        this.entries = List.copyOf(entries);
    }

    /** The status file built into the program. */
    public static ParameterStatuses builtIn() {
        return read(BuiltInFiles.mapping(BUILT_IN, "status file"), BUILT_IN);
    }

    /** A status file on disk. */
    public static ParameterStatuses load(Path file) {
        return read(YamlSource.readFile(file), file.toString());
    }

    static ParameterStatuses read(SpecNode.Mapping root, String origin) {
        NodeReader file = new NodeReader(root, "", "", new KeyCatalog(), new LinkedHashMap<>());
        file.text("description", "", "What the file is about");
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, SpecNode.Mapping> e : file.namedEntries("parameters", true).entrySet()) {
            NodeReader r = file.entry("parameters", e.getKey(), "<key>", e.getValue());
            entries.add(new Entry(e.getKey(), status(r), keyPattern(e.getKey(), e.getValue().source()),
                    exactness(e.getKey())));
        }
        file.finish();
        return new ParameterStatuses(origin, entries);
    }

    /** Where the file came from, for messages. */
    String origin() {
        return origin;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The entry that governs a scenario key (the most exact of those matching it), or null if none does. Two
     * entries matching it equally exactly are refused.
     */
    Entry governing(String concreteKey) {
        Entry best = null;
        Entry tied = null;
        for (Entry e : entries) {
            if (!e.matches(concreteKey)) {
                continue;
            }
            if (best == null || e.exactness() > best.exactness()) {
                best = e;
                tied = null;
            } else if (e.exactness() == best.exactness()) {
                tied = e;
            }
        }
        if (tied != null) {
            throw new ScenarioException(origin + ": " + concreteKey + " matches both '" + best.key() + "' and '"
                    + tied.key() + "' equally; spell out more of one of them");
        }
        return best;
    }

    private static ParameterStatus status(NodeReader r) {
        String word = r.text("status", null, "");
        Kind kind = Kind.of(word);
        if (kind == null) {
            throw r.error("status", "'" + word + "' is not a status; allowed " + Kind.allowed());
        }
        String source = r.text("source", "", "");
        String target = r.text("target", "", "");
        String why = r.text("why", "", "");
        double low = r.number("low", -ANY, ANY, Double.NaN, "");
        double high = r.number("high", -ANY, ANY, Double.NaN, "");
        r.finish();
        if (r.has("low") != r.has("high")) {
            throw r.error(r.has("low") ? "high" : "low", "is missing; a range needs its low and its high");
        }
        if (low > high) {
            throw r.error("low", NodeReader.fmt(low) + " is above high (" + NodeReader.fmt(high)
                    + "); a range goes from low to high");
        }
        switch (kind) {
            case MEASURED -> require(r, "source", source, "a measured value needs its source: publisher and year");
            case FITTED -> require(r, "target", target, "a fitted value needs the target it is fitted to");
            case ASSUMED -> {
                if (!r.has("low")) {
                    throw r.error("low", "is missing; an assumed value needs a plausible low and high");
                }
                require(r, "why", why, "an assumed value needs why its range is plausible");
            }
            case SETTING -> require(r, "why", why, "a setting needs why it is one");
        }
        return new ParameterStatus(kind, source, target, low, high, why);
    }

    private static void require(NodeReader r, String key, String value, String problem) {
        if (value.isBlank()) {
            throw r.error(key, "is missing; " + problem);
        }
    }

    /** The key as a pattern; {@code *} must stand for a whole name between dots. */
    private static Pattern keyPattern(String key, Source source) {
        for (String name : key.split("\\.", -1)) {
            if (name.isEmpty() || (name.contains("*") && !name.equals("*"))) {
                throw new ScenarioException(source, "parameters." + key, "not a key or key pattern: names are "
                        + "separated by single dots, and '*' stands for one whole name");
            }
        }
        return ScenarioKeys.pattern(key);
    }

    /** How many of the key's names are spelled out rather than {@code *}. */
    private static int exactness(String key) {
        int n = 0;
        for (String name : key.split("\\.")) {
            if (!name.equals("*")) {
                n++;
            }
        }
        return n;
    }
}
