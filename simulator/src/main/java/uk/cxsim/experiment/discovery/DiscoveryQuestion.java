package uk.cxsim.experiment.discovery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What scenario discovery asks of a table: in which runs is {@code outcome} strictly below (or above) {@code level}?
 * Those runs are the cases of interest; a box found by {@link Prim} is told back in plain words.
 */
public record DiscoveryQuestion(String outcome, boolean below, double level) {
    public boolean isCase(double value) {
        return below ? value < level : value > level;
    }

    /** "costOfPoorServiceGbp below 1.5e10". */
    public String words() {
        return outcome + (below ? " below " : " above ") + number(level);
    }

    /**
     * The box in one sentence: "costOfPoorServiceGbp below 1.5e10 in 83% of runs where levers.staffingMultiplier &gt;
     * 1.1 and ...", then how much of the cases and of all runs it holds.
     */
    public String describe(PrimBox box) {
        List<String> conditions = new ArrayList<>();
        for (Map.Entry<String, double[]> e : box.limits().entrySet()) {
            conditions.add(condition(e.getKey(), e.getValue(), box.cutsBelow(e.getKey()), box.cutsAbove(e.getKey())));
        }
        String where = conditions.isEmpty() ? "in all" : "where " + String.join(" and ", conditions);
        return String.format(Locale.UK, "%s in %s of runs %s (the box holds %s of all runs with %s, and %s of all "
                + "runs)", words(), percent(box.density()), where, percent(box.coverage()), words(),
                percent(box.mass()));
    }

    private static String condition(String input, double[] limits, boolean low, boolean high) {
        if (low && high) {
            return input + " between " + number(limits[0]) + " and " + number(limits[1]);
        }
        return input + (low ? " > " + number(limits[0]) : " < " + number(limits[1]));
    }

    /** A share as a whole percentage, with a decimal where rounding would say 0% or 100% and that is not so. */
    public static String percent(double share) {
        String whole = String.format(Locale.UK, "%.0f", 100 * share);
        boolean misleading = (whole.equals("100") && share < 1) || (whole.equals("0") && share > 0);
        return (misleading ? String.format(Locale.UK, "%.1f", 100 * share) : whole) + "%";
    }

    /** Three significant figures, plain where that reads well (0.701, 1.1, 2400), else 1.5e10. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceFirst("\\.?0+$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        return d.toPlainString();
    }
}
