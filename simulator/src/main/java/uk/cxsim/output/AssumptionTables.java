package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.metrics.SensitivityIndex;

/** The tables of a screening of assumptions, as CSV text. */
public final class AssumptionTables {
    private AssumptionTables() {
    }

    /** The output a lever's indices describe, as sensitivity.csv and its charts name it. */
    public static String output(String lever) {
        return "the UK net benefit of " + lever + " (GBP a year)";
    }

    /** sensitivity.csv: Morris's mu*, mu and sigma of every group, then Sobol's S1 and ST of the kept ones. */
    public static String indices(ScreeningResult r) {
        Map<String, List<SensitivityIndex>> byMethod = new LinkedHashMap<>();
        byMethod.put("morris", named(r.morris()));
        byMethod.put("sobol", named(r.sobol()));
        return SensitivityTable.csv(byMethod);
    }

    /** The indices with each lever's outcome named as the table and its charts show it. */
    private static List<SensitivityIndex> named(List<SensitivityIndex> indices) {
        return indices.stream().map(i -> new SensitivityIndex(output(i.output()), i.parameter(), i.index(),
                i.value(), i.low(), i.high())).toList();
    }

    /** assumption_worlds.csv: every world run, its groups' coordinates (blank: as stated) and each lever's outcome. */
    public static String worlds(ScreeningResult r) {
        List<String> head = new ArrayList<>(List.of("stage", "point", "seed"));
        head.addAll(r.groups());
        r.levers().forEach(l -> head.add(l + " netBenefitGbpPerYear"));
        StringBuilder sb = new StringBuilder(Csv.join(head)).append('\n');
        for (ScreeningResult.World w : r.worlds()) {
            List<String> cells = new ArrayList<>(List.of(w.stage(), Integer.toString(w.point()),
                    Long.toString(w.seed())));
            for (int g = 0; g < r.groups().size(); g++) {
                cells.add(g < w.coordinates().length ? Formats.csv(w.coordinates()[g]) : "");
            }
            for (double y : w.outcomes()) {
                cells.add(Formats.csv(y));
            }
            sb.append(Csv.join(cells)).append('\n');
        }
        return sb.toString();
    }

    /** seed_noise.csv: each lever's mean and standard deviation over the stated world's seeds. */
    public static String noise(ScreeningResult r) {
        StringBuilder sb = new StringBuilder("lever,meanGbpPerYear,sdGbpPerYear,seedShareOfSobolVariance\n");
        for (ScreeningResult.SeedNoise n : r.noise()) {
            sb.append(Csv.join(List.of(n.lever(), Formats.csv(n.mean()), Formats.csv(n.sd()),
                    Formats.csv(r.sobolShare().get(n.lever()))))).append('\n');
        }
        return sb.toString();
    }

    /** One parameter of a group and its range, as assumption_groups.csv lists it. */
    public record GroupedKey(String group, String key, double low, double high) {
    }

    /** assumption_groups.csv: each group's parameters and their ranges. */
    public static String groups(List<GroupedKey> keys) {
        StringBuilder sb = new StringBuilder("group,key,low,high\n");
        for (GroupedKey k : keys) {
            sb.append(Csv.join(List.of(k.group(), k.key(), Formats.csv(k.low()), Formats.csv(k.high()))))
                    .append('\n');
        }
        return sb.toString();
    }
}
