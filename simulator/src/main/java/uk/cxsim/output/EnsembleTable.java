package uk.cxsim.output;

import java.util.ArrayList;
import java.util.List;

/**
 * ensemble.csv (one row per member) and points.csv (every point history matching evaluated): the parameters at full
 * precision (the values the members were run with), each target's simulated value (an order target: whether it
 * holds), and the implausibility.
 */
public final class EnsembleTable {
    /**
     * One evaluated point.
     *
     * @param name      the member's name (m01...), or the point's number
     * @param simulated one cell per target, already formatted
     */
    public record Row(String name, int wave, double[] values, List<String> simulated, double implausibility,
                      boolean plausible, boolean passes) {
    }

    /** A value target as matched: its tolerance and the noise on an evaluation's mean (standard deviation). */
    public record Measure(String metric, double expected, double tolerance, double noiseSd) {
    }

    private EnsembleTable() {
    }

    /** measures.csv: metric, expected, tolerance, noise_sd: the two parts of each implausibility's denominator. */
    public static String measures(List<Measure> measures) {
        StringBuilder sb = new StringBuilder("metric,expected,tolerance,noise_sd\n");
        for (Measure m : measures) {
            sb.append(Csv.join(List.of(m.metric(), cell(m.expected()), cell(m.tolerance()), cell(m.noiseSd()))))
                    .append('\n');
        }
        return sb.toString();
    }

    /** ensemble.csv: member, wave, parameters, targets, implausibility. */
    public static String members(List<String> parameters, List<String> targets, List<Row> rows) {
        return table("member", parameters, targets, rows, false);
    }

    /** points.csv: point, wave, parameters, targets, implausibility, plausible, passes. */
    public static String points(List<String> parameters, List<String> targets, List<Row> rows) {
        return table("point", parameters, targets, rows, true);
    }

    /** A simulated figure for a cell, as every CSV writes numbers; empty when there is none. */
    public static String cell(double v) {
        return Formats.csv(v);
    }

    private static String table(String first, List<String> parameters, List<String> targets, List<Row> rows,
                                boolean verdicts) {
        List<String> header = new ArrayList<>(List.of(first, "wave"));
        header.addAll(parameters);
        header.addAll(targets);
        header.add("implausibility");
        if (verdicts) {
            header.addAll(List.of("plausible", "passes"));
        }
        StringBuilder sb = new StringBuilder(Csv.join(header)).append('\n');
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.name(), Integer.toString(r.wave())));
            for (double v : r.values()) {
                cells.add(Formats.csv(v));
            }
            cells.addAll(r.simulated());
            cells.add(Double.isInfinite(r.implausibility()) ? "inf" : Formats.csv(r.implausibility()));
            if (verdicts) {
                cells.add(Boolean.toString(r.plausible()));
                cells.add(Boolean.toString(r.passes()));
            }
            sb.append(Csv.join(cells)).append('\n');
        }
        return sb.toString();
    }
}
