package uk.cxsim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How cxsim writes a number, in one place, so that a figure reads the same in the printed summary, the report, the
 * charts, the board pack, the checks and the studio. Text for people is British English ({@link Locale#UK}) whatever
 * the machine's locale, rounded half up.
 *
 * <ul>
 * <li>{@link #gbp}: GBP 15.30bn (two decimals from a billion), GBP 271.2m (one decimal from a million), GBP 12,345
 * below; a loss as -GBP 271.2m.</li>
 * <li>{@link #count}: 61.7 million from a million, else 12,345.</li>
 * <li>{@link #percent}: a share as a percentage with one decimal, 68.4%; {@link #points}, a difference of shares
 * in percentage points, 0.3 points; {@link #percentChange}, a change with its sign, +0.1%.</li>
 * <li>{@link #decimal}: one decimal, two below 0.1 (minutes, seconds, half widths), so a small value does not read
 * as zero.</li>
 * <li>{@link #number}: a figure whose unit the text gives elsewhere (a column, a check): bn and m as for GBP,
 * grouped whole numbers from 100, four significant digits below.</li>
 * <li>{@link #setting}: a value a scenario sets, as a person would type it: 0.35, 2.5, 12,000.</li>
 * <li>{@link #millions}: a cell of a table whose heading says "GBP m": -26.5.</li>
 * <li>{@link #csv}: a number in a CSV file, for machines: full precision.</li>
 * </ul>
 *
 * <p>An interval is written one way in text for people: a figure, then "+/-" and the half width of its 95%
 * confidence interval in the figure's own form ({@link #withInterval}: GBP 271.2m +/- GBP 21.0m, 76.3% +/- 4.8
 * points), never "low to high". "a to b" is kept for spreads that are not an interval around a mean: the 5th to 95th
 * percentile across worlds, a target's band, the soonest to the latest month of a payback.
 */
public final class Formats {
    private static final MathContext SETTING_DIGITS = new MathContext(4);

    private Formats() {
    }

    /** GBP 15.30bn, GBP 271.2m, GBP 12,345; -GBP 271.2m. */
    public static String gbp(double v) {
        return (v < 0 ? "-" : "") + "GBP " + scaled(Math.abs(v));
    }

    /** A figure with the half width of its 95% interval, both already written: "GBP 271.2m +/- GBP 21.0m". */
    public static String withInterval(String figure, String halfWidth) {
        return figure + " " + plusMinus(halfWidth);
    }

    /** The half width of a 95% interval, as it follows its figure: "+/- GBP 21.0m". */
    public static String plusMinus(String halfWidth) {
        return "+/- " + halfWidth;
    }

    /** 61.7 million, 12,345. */
    public static String count(double v) {
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.UK, "%.1f million", v / 1e6);
        }
        return String.format(Locale.UK, "%,.0f", v);
    }

    /** A share (0.684) as a percentage: 68.4%. */
    public static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", 100 * share);
    }

    /** A difference of two shares (0.003) in percentage points: 0.3 points, 0.05 points. */
    public static String points(double shareDifference) {
        return decimal(100 * shareDifference) + " points";
    }

    /** A change already in percent (0.14), with its sign: +0.1%. */
    public static String percentChange(double pct) {
        return String.format(Locale.UK, "%+.1f%%", pct);
    }

    /** One decimal, or two below 0.1: 4.4, 0.04. */
    public static String decimal(double v) {
        return String.format(Locale.UK, Math.abs(v) < 0.1 ? "%.2f" : "%.1f", v);
    }

    /** A figure whose unit is said elsewhere: 15.30bn, 271.2m, 12,345, 0.06870. */
    public static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return (v < 0 ? "-" : "") + scaled(a);
        }
        if (a >= 100) {
            return String.format(Locale.UK, "%,.0f", v);
        }
        return String.format(Locale.UK, "%.4g", v);
    }

    /**
     * A value a scenario sets: a whole number grouped (12,000), any other to four significant digits without
     * trailing zeros (0.35, 2.5, 0.0001235). The studio page's {@code setting} writes settings by the same rule in
     * the browser.
     */
    public static String setting(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) v);
        }
        return BigDecimal.valueOf(v).round(SETTING_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The value of a scenario key: GBP for a key in GBP (its name ends in Gbp), else as {@link #setting(double)}. */
    public static String setting(String key, double v) {
        return key.endsWith("Gbp") ? gbp(v) : setting(v);
    }

    /** An amount in millions with one decimal, for a table headed "GBP m": -26.5. */
    public static String millions(double v) {
        return String.format(Locale.UK, "%.1f", v / 1e6);
    }

    /**
     * A number in a CSV file: a whole number as an integer (12345), any other at full precision as Java writes a
     * double (0.0687, 2.712345678E8, which every CSV reader parses); empty when not finite.
     */
    public static String csv(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A non-negative amount in bn, m or whole units: 15.30bn, 271.2m, 12,345. */
    private static String scaled(double a) {
        if (a >= 1e9) {
            return String.format(Locale.UK, "%.2fbn", a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.UK, "%.1fm", a / 1e6);
        }
        return String.format(Locale.UK, "%,.0f", a);
    }
}
