package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.Clock;

/**
 * A queued channel's forecast of the sample's calls per minute by hour of the week: what the workforce plan staffs
 * for and what the background calls of its pools follow. It starts from what the parameters say
 * ({@link ExpectedDemand}) and learns from the calls seen: at each re-plan, the calls counted since the last one
 * are smoothed (each day's total, shaped by the hour-of-day profile of its kind of day: weekday, Saturday or Sunday,
 * which a small sample estimates far better than 168 separate hours) and blended with the previous forecast, the
 * more so the fewer calls the window saw.
 */
final class DemandForecast implements Serializable {
    private static final int WEEK = Clock.HOURS_PER_WEEK;
    /** Weight of the latest window in the forecast (the first window replaces the parameters' estimate). */
    private static final double LEARNING = 0.5;
    /**
     * Calls a window needs to be trusted half as much as a full window: a queue that saw few calls (a tiny sample)
     * keeps more of what it knew, so a handful of calls cannot make an hour's forecast wild.
     */
    private static final double HALF_TRUST_CALLS = 200;

    private final double[] rate;
    private final double[] counts = new double[WEEK];
    private double windowStart;
    private boolean learnt;

    /**
     * @param initial expected calls per minute by hour of the week
     * @param start   minute from which calls are counted
     */
    DemandForecast(double[] initial, double start) {
        this.rate = initial.clone();
        this.windowStart = start;
    }

    /** Counts one call arriving at the queue. */
    void record(double minute) {
        counts[OpeningHours.hourOfWeek(minute)]++;
    }

    /** Calls per minute expected at this hour of the week. */
    double rate(int hourOfWeek) {
        return rate[hourOfWeek];
    }

    double[] rates() {
        return rate.clone();
    }

    /**
     * Folds the calls counted since the last update (up to minute {@code end}) into the forecast; a window shorter
     * than a week is kept and folded in with the next.
     */
    void update(double end) {
        double[] exposure = new double[WEEK];
        for (long h = (long) Math.ceil(windowStart / Clock.MINUTES_PER_HOUR); h < Clock.hour(end); h++) {
            exposure[(int) (h % WEEK)] += 60.0;
        }
        double[] observed = smoothed(counts, exposure);
        if (observed != null) {
            double calls = 0;
            for (double c : counts) {
                calls += c;
            }
            double weight = (learnt ? LEARNING : 1.0) * calls / (calls + HALF_TRUST_CALLS);
            for (int h = 0; h < WEEK; h++) {
                rate[h] = (1 - weight) * rate[h] + weight * observed[h];
            }
            learnt = true;
            java.util.Arrays.fill(counts, 0);
            windowStart = end;
        }
    }

    /** Day totals times hour-of-day shares pooled over days of the same kind; null without a full week seen. */
    private static double[] smoothed(double[] counts, double[] exposure) {
        for (double e : exposure) {
            if (e <= 0) {
                return null;
            }
        }
        double[] out = new double[WEEK];
        int[][] kinds = {{0, 1, 2, 3, 4}, {5}, {6}};
        for (int[] days : kinds) {
            double[] hourShare = new double[Clock.HOURS_PER_DAY];
            double total = 0;
            for (int d : days) {
                for (int k = 0; k < Clock.HOURS_PER_DAY; k++) {
                    double perMinute = counts[d * Clock.HOURS_PER_DAY + k] / exposure[d * Clock.HOURS_PER_DAY + k];
                    hourShare[k] += perMinute;
                    total += perMinute;
                }
            }
            for (int d : days) {
                double dayRate = 0;
                for (int k = 0; k < Clock.HOURS_PER_DAY; k++) {
                    dayRate += counts[d * Clock.HOURS_PER_DAY + k] / exposure[d * Clock.HOURS_PER_DAY + k];
                }
                for (int k = 0; k < Clock.HOURS_PER_DAY; k++) {
                    out[d * Clock.HOURS_PER_DAY + k] = total > 0 ? dayRate * hourShare[k] / total : 0;
                }
            }
        }
        return out;
    }
}
