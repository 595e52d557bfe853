package uk.cxsim.engine;

import java.util.SplittableRandom;

import uk.cxsim.behaviour.Sampling;

/**
 * A supplier's contact-centre queue at the size of a real team. A sample of N customers sends a supplier only a
 * fraction of its calls; a queue staffed for that fraction has few agents and pools badly, so waits would depend on
 * N. Instead the queue is staffed {@code multiplier} times larger and the sample's calls are mixed with
 * background calls from the customers the sample stands for, at {@code multiplier - 1} times the sample's own
 * arrival rate (learnt per hour of the week, weighting recent weeks more). Superposed Poisson streams are Poisson,
 * so each agent sees the load it would in the real centre. Background callers have exponential handling and
 * patience and leave no trace but the time they hold agents; only the sample's callers are counted.
 */
final class PooledQueue {
    private static final int WEEK = ServiceQueue.HOURS_PER_WEEK;
    /** Weight of the latest week in the learnt arrival rates. */
    private static final double LEARNING = 0.5;

    private final ServiceQueue queue;
    private final int multiplier;
    private final double handleMinutes;
    private final double patienceMinutes;
    private final SplittableRandom rng;
    /** Learnt sample arrivals per minute by hour of week. */
    private final double[] rate = new double[WEEK];
    private final double[] counting = new double[WEEK];
    private long week = -1;
    private long firstWeek;
    private double backgroundBound;
    private double nextBackground;

    /**
     * @param staffing   sample-scale agents by hour of week (fractional)
     * @param minAgents  the busiest hour is staffed with at least this many agents (0: no pooling)
     * @param patience   mean patience of background callers (infinite: they never hang up)
     */
    PooledQueue(double[] staffing, int minAgents, double handleMinutes, double patience, SplittableRandom rng) {
        double peak = 0;
        for (double a : staffing) {
            peak = Math.max(peak, a);
        }
        this.multiplier = peak > 0 && minAgents > 0 ? Math.max(1, (int) Math.ceil(minAgents / peak)) : 1;
        this.queue = new ServiceQueue(Staffing.dithered(staffing, multiplier), 0);
        this.handleMinutes = handleMinutes;
        this.patienceMinutes = patience;
        this.rng = rng;
        this.nextBackground = Double.POSITIVE_INFINITY;
    }

    int multiplier() {
        return multiplier;
    }

    /** Offers one of the sample's callers (in time order); background calls up to then are offered first. */
    boolean offer(double arrival, double patience, double service) {
        learn(arrival);
        if (multiplier > 1) {
            while (nextBackground < arrival) {
                double t = nextBackground;
                int h = hourOfWeek(t);
                if (rng.nextDouble() * backgroundBound < (multiplier - 1) * rate[h]) {
                    double p = Double.isInfinite(patienceMinutes) ? patienceMinutes
                            : Sampling.exponential(rng, patienceMinutes);
                    queue.offer(t, p, Sampling.exponential(rng, handleMinutes));
                }
                nextBackground = t + Sampling.exponential(rng, 1.0 / backgroundBound);
            }
        }
        return queue.offer(arrival, patience, service);
    }

    double lastWait() {
        return queue.lastWait();
    }

    double lastEnd() {
        return queue.lastEnd();
    }

    /** Counts the sample's arrivals by hour of week; each new week folds the counts into the learnt rates. */
    private void learn(double t) {
        long w = (long) Math.floor(t / (WEEK * 60.0));
        if (w != week) {
            if (week >= 0) {
                double bound = 0;
                for (int h = 0; h < WEEK; h++) {
                    double observed = counting[h] / 60.0 / (w - week);
                    rate[h] = week == firstWeek ? observed : (1 - LEARNING) * rate[h] + LEARNING * observed;
                    counting[h] = 0;
                    bound = Math.max(bound, (multiplier - 1) * rate[h]);
                }
                backgroundBound = bound;
                nextBackground = bound > 0 ? w * WEEK * 60.0 + Sampling.exponential(rng, 1.0 / bound)
                        : Double.POSITIVE_INFINITY;
            } else {
                firstWeek = w;
            }
            week = w;
        }
        counting[hourOfWeek(t)]++;
    }

    private static int hourOfWeek(double t) {
        return (int) ((long) Math.floor(t / 60.0) % WEEK);
    }
}
