package uk.cxsim.report;

import java.util.Locale;

/** Numbers in words a board member reads: GBP 15.3bn, 61.7 million, 68%. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * One decimal, or two below 0.1, so a narrow interval does not read as zero (the report and the summary a run
     * prints both write half widths this way).
     */
    public static String oneDecimalOrTwo(double v) {
        return String.format(Locale.UK, Math.abs(v) < 0.1 ? "%.2f" : "%.1f", v);
    }

    static String gbp(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        if (a >= 1e9) {
            return String.format(Locale.UK, "%sGBP %.2fbn", sign, a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.UK, "%sGBP %.1fm", sign, a / 1e6);
        }
        return String.format(Locale.UK, "%sGBP %,.0f", sign, a);
    }

    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.UK, "%.1f million", v / 1e6);
        }
        return String.format(Locale.UK, "%,.0f", v);
    }

    static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", 100 * share);
    }

    static String plain(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.UK, "%,.0f", v);
        }
        return String.format(Locale.UK, "%.3g", v);
    }
}
