package uk.cxsim.scenario;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a parameter's value rests on: a public measurement, a fit to a target, an assumption with its plausible range,
 * or a setting of the scenario. Kept apart from the model, in the status file beside the baseline
 * ({@link ParameterStatuses}).
 *
 * @param source where a measured value comes from (publisher and year)
 * @param target the evidence a fitted value is fitted to, and how
 * @param low    the low end of a plausible range (NaN when none is given); required for an assumed value
 * @param high   the high end of a plausible range (NaN when none is given)
 * @param why    why the range, or why the value is a setting
 */
public record ParameterStatus(Kind kind, String source, String target, double low, double high, String why) {

    /** The four kinds of status. */
    public enum Kind {
        /** Taken from a public measurement, named with its year. */
        MEASURED("measured"),
        /** Fitted so that the model reproduces a target. */
        FITTED("fitted"),
        /** Nobody measured it: a plausible value with a low and a high. */
        ASSUMED("assumed"),
        /**
         * A choice of the scenario, not a claim about people or markets: a lever at its neutral value, an item left
         * out (0), the reference a multiplier is relative to, a key the baseline's modes do not read.
         */
        SETTING("setting");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** The kind a status file names; null when it names none. */
        static Kind of(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst().orElse(null);
        }

        /** The words a status file may use, for error messages. */
        static String allowed() {
            return Arrays.stream(values()).map(Kind::word).collect(Collectors.joining(", "));
        }
    }

    /** Whether a plausible range is given. */
    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Whether a screening or an ensemble may move the value: assumed, with a range wider than one point. */
    public boolean movable() {
        return kind == Kind.ASSUMED && high > low;
    }

    /** Whether {@code value} lies in the plausible range (true when there is none). */
    public boolean inRange(double value) {
        return !hasRange() || (value >= low && value <= high);
    }

    /** The table's last column: the source, the fitting target, or the range and why. */
    public String explanation() {
        String range = hasRange() ? ParameterValues.format(low) + " to " + ParameterValues.format(high) : "";
        return switch (kind) {
            case MEASURED -> source + (range.isEmpty() ? "" : "; range " + range);
            case FITTED -> target;
            case ASSUMED -> range + ": " + why;
            case SETTING -> why;
        };
    }
}
