package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;

/**
 * The long-run behaviour of a supplier's pools, without simulating the other callers: each of the sample's callers
 * meets the pool in its steady state for that hour (Erlang A: the hour's forecast load over its agents, the other
 * callers abandoning with the customers' mean patience). By PASTA the caller finds n callers in the pool with the
 * stationary probability; with j callers ahead they reach an agent when the j ahead have cleared (an agent frees or
 * one ahead hangs up) and an agent frees, unless their own patience runs out first.
 *
 * <p>It ignores what passes between hours (a backlog at a shift change) and the correlation between the sample's
 * own callers, which in a pool of a real team's size are far apart. It serves runs whose detail is not reported, such
 * as the spin-up of an equilibrium start, at a fraction of the cost of {@link PooledQueue}.
 */
final class SteadyStatePool implements CallPool , Serializable{
    private static final int WEEK = Clock.HOURS_PER_WEEK;
    /** Patience of the other callers when callers never hang up (keeps an overloaded hour finite). */
    private static final double LONGEST_PATIENCE = 600;

    private final int pools;
    private final double multiplier;
    private final double handleMinutes;
    private final double theta;
    private int[] agents = new int[WEEK];
    private final double[] load = new double[WEEK];
    /** Cumulative stationary probabilities of the number in a pool, by hour of the week. */
    private final double[][] cumulative = new double[WEEK][];
    private final double[] busyByHour = new double[24];
    private double lastWait;
    private double lastEnd;
    private boolean stale = true;

    SteadyStatePool(int pools, double multiplier, double handleMinutes, double patienceMinutes) {
        this.pools = pools;
        this.multiplier = Math.max(1.0, multiplier);
        this.handleMinutes = handleMinutes;
        this.theta = 1.0 / Math.min(patienceMinutes, LONGEST_PATIENCE);
    }

    @Override
    public boolean offer(double arrival, double patience, double service, SplitMixRandom caller) {
        if (stale) {
            refresh();
        }
        int h = OpeningHours.hourOfWeek(arrival);
        int c = agents[h];
        double[] cdf = cumulative[h];
        if (c <= 0 || cdf == null) {
            lastWait = Double.isInfinite(patience) ? 0 : patience;
            lastEnd = arrival + lastWait;
            return false;
        }
        double u = caller.nextDouble();
        // the first n whose cumulative probability reaches u
        int low = 0;
        int high = cdf.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int n = low;
        double wait = 0;
        double mu = 1.0 / handleMinutes;
        for (int k = n - c; k >= 0; k--) {
            wait += Sampling.exponential(caller, 1.0 / (c * mu + k * theta));
            if (wait > patience) {
                lastWait = patience;
                lastEnd = arrival + patience;
                return false;
            }
        }
        lastWait = wait;
        lastEnd = arrival + wait + service;
        busyByHour[Clock.hourOfDay(arrival + wait)] += service * multiplier;
        return true;
    }

    @Override
    public double lastWait() {
        return lastWait;
    }

    @Override
    public double lastEnd() {
        return lastEnd;
    }

    @Override
    public void restaff(int[] perPool, double fromMinute) {
        agents = perPool.clone();
        stale = true;
    }

    @Override
    public void follow(DemandForecast forecast, double freshShare, double fromMinute) {
        for (int h = 0; h < WEEK; h++) {
            load[h] = multiplier * forecast.rate(h) / pools * handleMinutes;
        }
        stale = true;
    }

    private void refresh() {
        for (int h = 0; h < WEEK; h++) {
            cumulative[h] = agents[h] > 0 && load[h] > 0
                    ? ErlangFormulas.cumulativeInSystem(load[h], handleMinutes, agents[h], 1.0 / theta) : null;
        }
        stale = false;
    }

    @Override
    public void advanceTo(double minute) {
    }

    @Override
    public int agentsAtHour(int hourOfWeek) {
        return agents[hourOfWeek] * pools;
    }

    @Override
    public double busyMinutes(int hourOfDay) {
        return busyByHour[hourOfDay];
    }

    @Override
    public double multiplier() {
        return multiplier;
    }

    @Override
    public int pools() {
        return pools;
    }
}
