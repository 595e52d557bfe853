package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.cxsim.scenario.ParameterKeys.Parameter;
import uk.cxsim.scenario.ParameterStatuses.Entry;

/**
 * The parameter table: every behaviour and economic parameter of a scenario with its value in the scenario, the
 * range the scenario reader allows, and what the value rests on, from the status file ({@link ParameterStatuses}):
 * measured (with its source), fitted (with its target), assumed (with a plausible low and high, and why) or a
 * setting. The page docs/parameters.md prints it and {@code cxsim keys --parameters} shows it. It joins three things
 * that each live in one place (the keys the code reads, the scenario file, the status file), so it cannot drift from
 * any of them.
 *
 * <p>What counts as a behaviour or economic parameter: every numeric key (a number, a whole number, or each number of
 * a map such as the misery weights) named {@code population} or under {@code people.}, {@code behaviour.},
 * {@code network.}, {@code costs.}, {@code levers.} or {@code sectors.<sector>.} (a sector's economics, hazards and
 * complaint costs, and its suppliers). Supplier keys are listed once, as the layer every supplier starts from
 * ({@code supplierDefaults.ivr.trapShare}), with the suppliers' own values beside it, except the three that place
 * each supplier in its market ({@code marketShare}, {@code attractiveness}, {@code attractivenessTrendPerYear}),
 * listed as {@code sectors.*.suppliers.*.<key>}. What does not count, as the scenario's structure rather than how
 * people or markets behave: how a run is named and made ({@code name}, {@code description}, {@code customers},
 * {@code days}, {@code warmupDays}, {@code spinUp}, {@code seed}, {@code replications}, {@code scaleModel}), and every
 * key that is not a number: words, true/false switches, choices of mode, channels' opening hours and the hour-by-hour
 * lists of the calendar and of staffing profiles. Numeric keys that make no claim about the world (a lever at its
 * neutral value, an item left out at 0, a key the baseline's modes do not read) are in the table as {@code setting}.
 *
 * <p>A key with a name in it ({@code sectors.*.contactsPerYear}) is one row while one status covers all its values,
 * and one row per status otherwise: a sector with an entry of its own gets a row of its own, after the row of the
 * pattern that covers the rest. The table also lists its {@link #problems()}: a parameter without a status, a status
 * matching no parameter, a value outside the range its own status gives.
 */
public final class ParameterTable {
    /**
     * One row.
     *
     * @param key     a key, or a pattern with {@code *} for a name
     * @param value   its value in the scenario, or the least and greatest of its values
     * @param allowed the range the scenario reader accepts
     * @param whole   whether the key takes whole numbers only
     */
    public record Row(String key, String value, String allowed, ParameterStatus status, boolean whole) {
    }

    private final String statusOrigin;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<Entry> used = new LinkedHashSet<>();

    private ParameterTable(String statusOrigin) {
        this.statusOrigin = statusOrigin;
    }

    /** The UK baseline built into the program, with its status file. */
    public static ParameterTable ukBaseline() {
        return of(Scenarios.embeddedDefault(), Scenarios.DEFAULT_FILE, ParameterStatuses.builtIn());
    }

    /** The table of a scenario as written (no {@code extends}) and its status file. */
    static ParameterTable of(SpecNode.Mapping file, String origin, ParameterStatuses statuses) {
        KeyCatalog catalog = new KeyCatalog();
        LoadedScenario scenario = ScenarioBinder.bind(file.copy(), origin, catalog);
        ParameterTable table = new ParameterTable(statuses.origin());
        for (Parameter p : ParameterKeys.of(file, catalog, ScenarioKeys.numbers(scenario))) {
            if (p.layer() == null) {
                table.addByStatus(p, statuses);
            } else {
                table.addLayer(p, statuses);
            }
        }
        for (Entry e : statuses.entries()) {
            if (!table.used.contains(e)) {
                table.problems.add(statuses.origin() + ": parameters." + e.key()
                        + ": matches no behaviour or economic parameter of " + origin);
            }
        }
        return table;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** What keeps the table from being complete and true to its own ranges, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Refuses, in one line, a table with problems. */
    public ParameterTable requireComplete() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.get(0) + (problems.size() > 1
                    ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        }
        return this;
    }

    /**
     * An assumed parameter as history matching samples it: its key and plausible range.
     *
     * @throws ScenarioException naming the key if the table has no such row or its status is not assumed
     */
    public CalibrationParameter assumed(String key) {
        Row row = rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() ->
                new ScenarioException(key + ": not a parameter of the table (keys as docs/parameters.md lists them, "
                        + "one key each, e.g. behaviour.attrition.exitFrictionHold)"));
        if (!row.status().movable()) {
            throw new ScenarioException(key + ": its status is " + row.status().kind().word() + "; only an assumed "
                    + "parameter with a plausible range is sampled");
        }
        return new CalibrationParameter(key, row.status().low(), row.status().high(), false);
    }

    /** Rows by status, in the order of the statuses. */
    public Map<ParameterStatus.Kind, Long> counts() {
        Map<ParameterStatus.Kind, Long> counts = new EnumMap<>(ParameterStatus.Kind.class);
        for (ParameterStatus.Kind kind : ParameterStatus.Kind.values()) {
            counts.put(kind, rows.stream().filter(r -> r.status().kind() == kind).count());
        }
        return counts;
    }

    /** The rows by status in one line, then the table in Markdown. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder(rows.size() + " rows: ");
        sb.append(counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
                .collect(Collectors.joining(", "))).append(".\n\n");
        sb.append("| key | value | allowed | status | source, fitting target, or plausible range and why |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| `").append(r.key()).append("` | ").append(cell(r.value())).append(" | ")
                    .append(cell(r.allowed())).append(" | ").append(r.status().kind().word()).append(" | ")
                    .append(cell(r.status().explanation())).append(" |\n");
        }
        return sb.toString();
    }

    /** A supplier key: the value of the layer every supplier starts from, and the suppliers' own beside it. */
    private void addLayer(Parameter p, ParameterStatuses statuses) {
        Entry e = governed(p.key(), statuses);
        if (e == null) {
            return;
        }
        double value = p.layer().value();
        StringBuilder text = new StringBuilder(ParameterValues.format(value));
        if (!p.layer().written()) {
            text.append(" (default)");
        }
        if (p.values().values().stream().anyMatch(v -> v != value)) {
            text.append("; suppliers ").append(ParameterValues.spread(p.values().values()));
        }
        checkRange(p.key(), List.of(value), e.status());
        rows.add(new Row(p.key(), text.toString(), p.allowed(), e.status(), p.whole()));
    }

    /** A key's values grouped by the status entry that governs each: one row per entry. */
    private void addByStatus(Parameter p, ParameterStatuses statuses) {
        Map<Entry, Map<String, Double>> groups = new LinkedHashMap<>();
        p.values().forEach((key, v) -> {
            Entry e = governed(key, statuses);
            if (e != null) {
                groups.computeIfAbsent(e, x -> new LinkedHashMap<>()).put(key, v);
            }
        });
        int all = p.values().size();
        List<Entry> general = new ArrayList<>(groups.keySet());
        general.sort(Comparator.comparingInt(Entry::exactness));
        for (Entry e : general) {
            Map<String, Double> values = groups.get(e);
            boolean alone = values.size() == 1 && all > 1;
            String key = alone ? values.keySet().iterator().next() : p.key();
            List<String> notes = new ArrayList<>();
            if (values.keySet().stream().noneMatch(p.written()::contains)) {
                notes.add("default");
            }
            if (!alone && values.size() < all) {
                notes.add(values.size() + " of " + all);
            }
            String value = ParameterValues.spread(values.values())
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
            checkRange(key, values.values(), e.status());
            rows.add(new Row(key, value, p.allowed(), e.status(), p.whole()));
        }
    }

    private Entry governed(String key, ParameterStatuses statuses) {
        Entry e = statuses.governing(key);
        if (e == null) {
            problems.add(statusOrigin + ": " + key + " has no status; give it one of "
                    + ParameterStatus.Kind.allowed());
        } else {
            used.add(e);
        }
        return e;
    }

    private void checkRange(String key, Iterable<Double> values, ParameterStatus status) {
        for (double v : values) {
            if (!status.inRange(v)) {
                problems.add(statusOrigin + ": " + key + ": " + ParameterValues.format(v) + " is outside its own "
                        + "plausible range, " + ParameterValues.format(status.low()) + " to "
                        + ParameterValues.format(status.high()));
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
