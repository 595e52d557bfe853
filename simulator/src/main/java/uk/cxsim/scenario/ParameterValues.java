package uk.cxsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Locale;

/** How the parameter table writes values: four significant figures, and a spread as its least and greatest. */
final class ParameterValues {
    private static final MathContext FIGURES = new MathContext(4);
    private static final double GROUPED_FROM = 10_000;

    private ParameterValues() {
    }

    /** A value to four significant figures, without trailing zeros; large whole numbers grouped by thousands. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) >= GROUPED_FROM && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return BigDecimal.valueOf(v).round(FIGURES).stripTrailingZeros().toPlainString();
    }

    /** One value, or "least to greatest" when they differ. */
    static String spread(Collection<Double> values) {
        double least = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double greatest = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return least == greatest ? format(least) : format(least) + " to " + format(greatest);
    }
}
