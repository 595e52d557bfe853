package uk.cxsim.experiment;

import uk.cxsim.model.Clock;

/**
 * The measured days cut into years for a business case: whole years of 365 days, the last taking any remainder;
 * less than two years is one span.
 */
final class MeasuredYears {
    private MeasuredYears() {
    }

    static int count(int days) {
        return Math.max(1, days / Clock.DAYS_IN_A_YEAR);
    }

    /** Measured days [from, to) of year y (0-based). */
    static int[] range(int days, int y) {
        int n = count(days);
        int from = y * Clock.DAYS_IN_A_YEAR;
        int to = y == n - 1 ? days : from + Clock.DAYS_IN_A_YEAR;
        return new int[]{n == 1 ? 0 : from, to};
    }
}
