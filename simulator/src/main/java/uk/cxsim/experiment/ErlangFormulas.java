package uk.cxsim.experiment;

/**
 * Steady-state results of the classic call-centre queues, to check the simulated queue against.
 * Erlang C is M/M/c (callers wait forever); Erlang A is M/M/c+M (callers abandon after an exponential patience),
 * computed exactly from its birth-death chain.
 */
public final class ErlangFormulas {
    /** Probability an arrival waits, mean wait of all arrivals in seconds, and share who abandon. */
    public record QueueStats(double probWait, double meanWaitSeconds, double abandonRate) {
    }

    private ErlangFormulas() {
    }

    /**
     * @param callsPerHour arrival rate
     * @param ahtMinutes   mean handling time
     * @param agents       servers
     * @return the Erlang C figures; NaN if the load is not below the number of agents (no steady state)
     */
    public static QueueStats erlangC(double callsPerHour, double ahtMinutes, int agents) {
        double lambda = callsPerHour / 60.0;
        double mu = 1.0 / ahtMinutes;
        double a = lambda / mu;
        if (a >= agents) {
            return new QueueStats(Double.NaN, Double.NaN, Double.NaN);
        }
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = a * b / (k + a * b);
        }
        double c = agents * b / (agents - a * (1 - b));
        double waitMinutes = c / (agents * mu - lambda);
        return new QueueStats(c, waitMinutes * 60.0, 0.0);
    }

    /**
     * @param patienceMinutes mean of the exponential patience
     * @return the Erlang A figures (stable at any load)
     */
    public static QueueStats erlangA(double callsPerHour, double ahtMinutes, int agents, double patienceMinutes) {
        double lambda = callsPerHour / 60.0;
        double mu = 1.0 / ahtMinutes;
        double theta = 1.0 / patienceMinutes;
        // unnormalised stationary probabilities, scaled as we go to avoid overflow
        double term = 1.0;
        double total = 1.0;
        double busy = agents == 0 ? 1.0 : 0.0;
        double queueLength = 0.0;
        for (int n = 1; n < 100_000_000; n++) {
            double death = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
            term *= lambda / death;
            total += term;
            if (n >= agents) {
                busy += term;
                queueLength += (n - agents) * term;
            }
            if (n > agents && term < 1e-16 * total) {
                break;
            }
        }
        double probWait = busy / total;
        double meanQueue = queueLength / total;
        double meanWaitMinutes = meanQueue / lambda;
        return new QueueStats(probWait, meanWaitMinutes * 60.0, theta * meanQueue / lambda);
    }
}
