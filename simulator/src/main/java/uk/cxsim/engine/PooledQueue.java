package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;

/**
 * A supplier's queued channel served the way a real operation is: in pools (sites, skill groups) of a real team's
 * size, whatever the sample size.
 *
 * <p>A sample of N customers sends a supplier only a fraction of its calls, and a queue staffed for that fraction
 * would pool badly, so waits would depend on N. Instead each simulated pool carries a real pool's load: it serves
 * the sample's calls routed to it mixed with background calls from the customers the sample stands for, at
 * {@code multiplier - 1} times the sample's own forecast rate of fresh calls. Superposed Poisson streams are
 * Poisson, so every agent sees the load of the real pool. A large sample is split over several pools. Background
 * callers behave as the customers do: they draw a patience (a mean per caller, kept when they call again, then
 * exponential), call again after hanging up and are transferred with the customers' habits, so a congested hour
 * brings the same retries whatever share of the pool the sample is. They leave no trace but the time they hold
 * agents; only the sample's callers are counted.
 */
final class PooledQueue implements CallPool , Serializable{
    private final ServiceQueue[] pools;
    private final double multiplier;
    private final double handleMinutes;
    private final double patienceMean;
    /** Equally likely values of a background caller's mean patience (the customers' lognormal, in quantiles). */
    private final double[] patienceMeans;
    private final SplitMixRandom rng;
    private final double[] backgroundRate = new double[Clock.HOURS_PER_WEEK];
    private final double[] nextBackground;
    private final CallerHabits habits;
    /** When the pools are open: callers who come back while they are closed call in the open hours, as customers do. */
    private final OpeningHours hours;
    /** Background calls coming back (retries and transfers) per pool. */
    private final ReturningCalls[] returning;
    private int lastPool;
    /** Agent minutes of service started, by hour of day, over all pools (cumulative). */
    private final double[] busyByHour = new double[24];

    /**
     * @param pools        simulated pools (at least 1)
     * @param multiplier   a pool's calls over the sample's calls routed to it (at least 1)
     * @param patienceMean mean patience of background callers (infinite: they never hang up)
     */
    PooledQueue(int pools, double multiplier, double handleMinutes, double patienceMean, double patienceCv,
                CallerHabits habits, OpeningHours hours, SplitMixRandom rng) {
        this.pools = new ServiceQueue[pools];
        for (int p = 0; p < pools; p++) {
            this.pools[p] = new ServiceQueue(new int[Clock.HOURS_PER_WEEK], 0);
        }
        this.multiplier = Math.max(1.0, multiplier);
        this.handleMinutes = handleMinutes;
        this.patienceMean = patienceMean;
        this.patienceMeans = Double.isInfinite(patienceMean) ? new double[0] : quantiles(patienceMean, patienceCv);
        this.rng = rng;
        this.nextBackground = new double[pools];
        java.util.Arrays.fill(nextBackground, Double.POSITIVE_INFINITY);
        this.habits = habits;
        this.hours = hours;
        this.returning = new ReturningCalls[pools];
        for (int p = 0; p < pools; p++) {
            returning[p] = new ReturningCalls();
        }
    }

    @Override
    public int pools() {
        return pools.length;
    }

    @Override
    public double multiplier() {
        return multiplier;
    }

    /** Agents on duty at this hour of the week, over all pools. */
    @Override
    public int agentsAtHour(int hourOfWeek) {
        int n = 0;
        for (ServiceQueue q : pools) {
            n += q.agentsAtHour(hourOfWeek);
        }
        return n;
    }

    /** Agent minutes of service started at this hour of day so far, over all pools. */
    @Override
    public double busyMinutes(int hourOfDay) {
        return busyByHour[hourOfDay];
    }

    /** Replaces every pool's roster from {@code fromMinute} (agents per pool by hour of the week). */
    @Override
    public void restaff(int[] perPool, double fromMinute) {
        for (ServiceQueue q : pools) {
            q.restaff(perPool, fromMinute);
        }
    }

    /** Background calls follow the sample's forecast calls per minute (by hour of the week) from {@code fromMinute}. */
    @Override
    public void follow(DemandForecast forecast, double freshShare, double fromMinute) {
        for (int h = 0; h < backgroundRate.length; h++) {
            backgroundRate[h] = (multiplier - 1) * freshShare * forecast.rate(h) / pools.length;
        }
        for (int p = 0; p < pools.length; p++) {
            nextBackground[p] = nextArrival(fromMinute);
        }
    }

    /**
     * The next background arrival after minute t: the rate is constant within an hour of the week, so draw an
     * exponential gap at this hour's rate, and start again at the next hour if it falls beyond (memoryless).
     */
    private double nextArrival(double t) {
        for (int guard = 0; guard <= Clock.HOURS_PER_WEEK; guard++) {
            double hourEnd = (Math.floor(t / Clock.MINUTES_PER_HOUR) + 1) * Clock.MINUTES_PER_HOUR;
            double rate = backgroundRate[OpeningHours.hourOfWeek(t)];
            if (rate > 0) {
                double next = t + Sampling.exponential(rng, 1.0 / rate);
                if (next < hourEnd) {
                    return next;
                }
            }
            t = hourEnd;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Offers background calls of every pool up to minute t. */
    @Override
    public void advanceTo(double t) {
        for (int p = 0; p < pools.length; p++) {
            background(p, t);
        }
    }

    /**
     * Offers one of the sample's callers (in time order) to a pool picked at random; that pool's background calls
     * up to then go first. Returns whether an agent answered.
     */
    @Override
    public boolean offer(double arrival, double patience, double service, SplitMixRandom caller) {
        int p = pools.length == 1 ? 0 : caller.nextInt(pools.length);
        background(p, arrival);
        boolean answered = pools[p].offer(arrival, patience, service);
        lastPool = p;
        if (answered) {
            busyByHour[Clock.hourOfDay(pools[p].lastEnd() - service)] += service;
        }
        return answered;
    }

    @Override
    public double lastWait() {
        return pools[lastPool].lastWait();
    }

    @Override
    public double lastEnd() {
        return pools[lastPool].lastEnd();
    }

    private void background(int p, double until) {
        ServiceQueue q = pools[p];
        ReturningCalls back = returning[p];
        while (true) {
            double fresh = nextBackground[p];
            double again = back.isEmpty() ? Double.POSITIVE_INFINITY : back.peekMinute();
            double t = Math.min(fresh, again);
            if (t >= until) {
                return;
            }
            double callerMean = Double.NaN;
            int transfers = 0;
            if (again <= fresh) {
                callerMean = back.headPatience();
                transfers = back.headTransfers();
                back.poll();
            } else {
                nextBackground[p] = nextArrival(t);
            }
            double service = Sampling.exponential(rng, handleMinutes);
            double patience = Double.POSITIVE_INFINITY;
            if (q.prepare(t) > 0 && !Double.isInfinite(patienceMean)) {
                // only a caller who must wait needs a patience; one who calls again keeps theirs
                if (Double.isNaN(callerMean)) {
                    callerMean = patienceMeans[rng.nextInt(patienceMeans.length)];
                }
                patience = Sampling.exponential(rng, callerMean);
            }
            if (q.take(patience, service)) {
                busyByHour[Clock.hourOfDay(q.lastEnd() - service)] += service;
                if (transfers < habits.maxTransfers() && Sampling.chance(rng, habits.transferRate())) {
                    back.add(whenOpen(q.lastEnd()), callerMean, transfers + 1);
                }
            } else if (Sampling.chance(rng, habits.retryProbability())) {
                back.add(whenOpen(q.lastEnd() + Sampling.exponential(rng, habits.retryDelayMinutes())), callerMean,
                        transfers);
            }
        }
    }

    private double whenOpen(double minute) {
        return hours == null || hours.isOpen(minute) ? minute : hours.deferred(minute, rng);
    }

    /** 1,024 equally likely values of a lognormal with this mean and coefficient of variation. */
    private static double[] quantiles(double mean, double cv) {
        double[] q = new double[1024];
        if (cv <= 0) {
            java.util.Arrays.fill(q, mean);
            return q;
        }
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double mu = Math.log(mean) - sigma * sigma / 2;
        org.apache.commons.math3.distribution.NormalDistribution normal =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (int k = 0; k < q.length; k++) {
            q[k] = Math.exp(mu + sigma * normal.inverseCumulativeProbability((k + 0.5) / q.length));
        }
        return q;
    }
}
