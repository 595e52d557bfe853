package uk.cxsim.cli;

import uk.cxsim.errors.UserInputException;

/**
 * Checks of option values: a value out of bounds is bad input (exit code 2), reported in one line that names the
 * option, what it allows and what it was given, e.g. {@code --samples must be at least 1, found 0}.
 */
final class OptionCheck {
    private OptionCheck() {
    }

    /** {@code value}, if it is at least {@code least}. */
    static int atLeast(String option, int value, int least) {
        return atLeast(option, value, least, null);
    }

    /** {@code value}, if it is at least {@code least}; {@code why} (or null) says why in the message. */
    static int atLeast(String option, int value, int least, String why) {
        require(value >= least, option, "at least " + least + (why == null ? "" : " (" + why + ")"), value);
        return value;
    }

    /** {@code value}, if it is {@code low} to {@code high}. */
    static int between(String option, int value, int low, int high) {
        require(value >= low && value <= high, option, low + " to " + high, value);
        return value;
    }

    /** Refuses {@code found} unless {@code valid}; {@code allowed} completes "OPTION must be ...". */
    static void require(boolean valid, String option, String allowed, double found) {
        if (!valid) {
            throw new UserInputException(option + " must be " + allowed + ", found " + shown(found));
        }
    }

    /** A whole number without a decimal point, as it was most likely typed. */
    private static String shown(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
