package uk.cxsim.engine;

import uk.cxsim.model.Clock;

/**
 * Steady-state results of the classic call-centre queues: what workforce planning staffs to, and what the simulated
 * queue is checked against. Erlang C is M/M/c (callers wait forever); Erlang A is M/M/c+M (callers abandon after an
 * exponential patience), computed exactly from its birth-death chain.
 *
 * <p>The service level is the share of calls answered within a threshold: a caller who hangs up counts as not
 * answered. In Erlang A a caller who finds j callers ahead is answered within t if the j ahead clear (served or
 * hung up) and an agent frees before t and before their own patience runs out; that probability comes from the
 * uniformised pure-death chain of their place in the queue.
 */
public final class ErlangFormulas {
    /** Probability an arrival waits, mean wait of all arrivals in seconds, and share who abandon. */
    public record QueueStats(double probWait, double meanWaitSeconds, double abandonRate) {
    }

    /** Chain probabilities below this share of the total are dropped. */
    private static final double NEGLIGIBLE = 1e-9;

    private ErlangFormulas() {
    }

    /**
     * @param callsPerHour arrival rate
     * @param ahtMinutes   mean handling time
     * @param agents       servers
     * @return the Erlang C figures; NaN if the load is not below the number of agents (no steady state)
     */
    public static QueueStats erlangC(double callsPerHour, double ahtMinutes, int agents) {
        double lambda = callsPerHour / Clock.MINUTES_PER_HOUR;
        double mu = 1.0 / ahtMinutes;
        double a = lambda / mu;
        if (a >= agents) {
            return new QueueStats(Double.NaN, Double.NaN, Double.NaN);
        }
        double c = probWaitC(a, agents);
        double waitMinutes = c / (agents * mu - lambda);
        return new QueueStats(c, waitMinutes * Clock.SECONDS_PER_MINUTE, 0.0);
    }

    /**
     * @param patienceMinutes mean of the exponential patience
     * @return the Erlang A figures (stable at any load)
     */
    public static QueueStats erlangA(double callsPerHour, double ahtMinutes, int agents, double patienceMinutes) {
        double lambda = callsPerHour / Clock.MINUTES_PER_HOUR;
        double[] pi = stationaryA(lambda, 1.0 / ahtMinutes, agents, 1.0 / patienceMinutes);
        double probWait = 0;
        double meanQueue = 0;
        for (int n = agents; n < pi.length; n++) {
            probWait += pi[n];
            meanQueue += (n - agents) * pi[n];
        }
        double meanWaitMinutes = meanQueue / lambda;
        return new QueueStats(probWait, meanWaitMinutes * Clock.SECONDS_PER_MINUTE,
                meanQueue / patienceMinutes / lambda);
    }

    /**
     * Share of calls answered within {@code withinMinutes} in Erlang C; 0 without a steady state.
     *
     * @param loadErlangs offered load: calls per minute x mean handling minutes
     */
    public static double serviceLevelC(double loadErlangs, double ahtMinutes, int agents, double withinMinutes) {
        if (loadErlangs <= 0) {
            return 1.0;
        }
        if (loadErlangs >= agents) {
            return 0.0;
        }
        double c = probWaitC(loadErlangs, agents);
        return 1.0 - c * Math.exp(-(agents - loadErlangs) / ahtMinutes * withinMinutes);
    }

    /** Share of calls answered within {@code withinMinutes} in Erlang A (hang-ups count as not answered). */
    public static double serviceLevelA(double loadErlangs, double ahtMinutes, int agents, double patienceMinutes,
                                       double withinMinutes) {
        if (loadErlangs <= 0) {
            return 1.0;
        }
        if (agents <= 0) {
            return 0.0;
        }
        double mu = 1.0 / ahtMinutes;
        double theta = 1.0 / patienceMinutes;
        double[] pi = stationaryA(loadErlangs * mu, mu, agents, theta);
        double answered = 0;
        for (int n = 0; n < Math.min(agents, pi.length); n++) {
            answered += pi[n];
        }
        int ahead = pi.length - agents;
        if (ahead <= 0 || withinMinutes <= 0) {
            return answered;
        }
        double[] q = answeredWithin(ahead, agents * mu, theta, withinMinutes);
        for (int j = 0; j < ahead; j++) {
            answered += pi[agents + j] * q[j];
        }
        return Math.min(1.0, answered);
    }

    /**
     * Cumulative stationary probabilities of the number of callers in an Erlang A system (element n: probability of
     * at most n), truncated where the rest is negligible.
     */
    public static double[] cumulativeInSystem(double loadErlangs, double ahtMinutes, int agents,
                                              double patienceMinutes) {
        double mu = 1.0 / ahtMinutes;
        double[] pi = stationaryA(loadErlangs * mu, mu, agents, 1.0 / patienceMinutes);
        double sum = 0;
        for (int n = 0; n < pi.length; n++) {
            sum += pi[n];
            pi[n] = sum;
        }
        pi[pi.length - 1] = 1.0;
        return pi;
    }

    /**
     * The fewest agents whose service level reaches {@code share}: Erlang A with the given mean patience, or Erlang
     * C when patience is infinite. Searches from {@code hint} (the last plan's answer, or 0).
     */
    public static int agentsFor(double loadErlangs, double ahtMinutes, double patienceMinutes, double share,
                                double withinMinutes, int hint) {
        if (loadErlangs <= 0) {
            return 0;
        }
        boolean c = Double.isInfinite(patienceMinutes);
        int n = Math.max(1, hint > 0 ? hint : (int) Math.floor(loadErlangs));
        if (c && n <= loadErlangs) {
            n = (int) Math.floor(loadErlangs) + 1;
        }
        if (level(loadErlangs, ahtMinutes, n, patienceMinutes, withinMinutes, c) >= share) {
            while (n > 1 && (!c || n - 1 > loadErlangs)
                    && level(loadErlangs, ahtMinutes, n - 1, patienceMinutes, withinMinutes, c) >= share) {
                n--;
            }
            return n;
        }
        do {
            n++;
        } while (level(loadErlangs, ahtMinutes, n, patienceMinutes, withinMinutes, c) < share);
        return n;
    }

    private static double level(double load, double aht, int n, double patience, double within, boolean c) {
        return c ? serviceLevelC(load, aht, n, within) : serviceLevelA(load, aht, n, patience, within);
    }

    /** Erlang C probability of waiting, through the stable Erlang B recursion. */
    private static double probWaitC(double a, int agents) {
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = a * b / (k + a * b);
        }
        return agents * b / (agents - a * (1 - b));
    }

    /** Stationary distribution of M/M/c+M by number in system, truncated where it becomes negligible. */
    private static double[] stationaryA(double lambda, double mu, int agents, double theta) {
        double[] p = new double[Math.max(16, 2 * agents + 16)];
        p[0] = 1.0;
        double total = 1.0;
        int n = 1;
        for (; ; n++) {
            double death = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
            double term = p[n - 1] * lambda / death;
            if (n >= p.length) {
                p = java.util.Arrays.copyOf(p, p.length * 2);
            }
            p[n] = term;
            total += term;
            if (n > agents && term < NEGLIGIBLE * total) {
                break;
            }
            if (total > 1e200) {
                for (int k = 0; k <= n; k++) {
                    p[k] /= total;
                }
                total = 1.0;
            }
        }
        double[] out = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            out[k] = p[k] / total;
        }
        return out;
    }

    /**
     * For a caller with j = 0 .. ahead-1 callers ahead: the probability of being answered within t minutes, before
     * hanging up. Their place falls by one at rate {@code serviceRate + k theta} with k ahead (an agent frees or
     * one ahead hangs up); they hang up at rate theta. Uniformisation at rate {@code serviceRate + ahead theta}.
     */
    private static double[] answeredWithin(int ahead, double serviceRate, double theta, double t) {
        double lambda = serviceRate + ahead * theta;
        double x = lambda * t;
        int steps = (int) Math.ceil(x + 10 * Math.sqrt(x) + 20);
        double[] u = new double[ahead];
        double[] next = new double[ahead];
        double[] q = new double[ahead];
        double logX = Math.log(x);
        double weight = x < 500 ? Math.exp(-x) : 0;
        for (int m = 1; m <= steps; m++) {
            // a caller with k ahead needs k + 1 steps: only k < m can have been answered by step m
            int reach = Math.min(ahead, m);
            for (int k = 0; k < reach; k++) {
                double move = (serviceRate + k * theta) / lambda;
                double before = k == 0 ? 1.0 : u[k - 1];
                next[k] = move * before + (1 - move - theta / lambda) * u[k];
            }
            double[] swap = u;
            u = next;
            next = swap;
            weight = x < 500 ? weight * x / m : Math.exp(-x + m * logX - logFactorial(m));
            for (int k = 0; k < reach; k++) {
                q[k] += weight * u[k];
            }
        }
        return q;
    }

    private static double logFactorial(int m) {
        return org.apache.commons.math3.special.Gamma.logGamma(m + 1.0);
    }
}
