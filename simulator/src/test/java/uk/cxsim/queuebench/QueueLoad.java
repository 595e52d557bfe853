package uk.cxsim.queuebench;

import uk.cxsim.engine.ErlangFormulas;

/**
 * An M/M/c+M load: Poisson arrivals, exponential service and exponential patience, {@code agents} agents always on
 * duty. Times are in minutes.
 *
 * @param agents          c
 * @param callsPerMinute  arrival rate
 * @param ahtMinutes      mean service time
 * @param patienceMinutes mean patience
 */
record QueueLoad(int agents, double callsPerMinute, double ahtMinutes, double patienceMinutes) {
    /** Offered load at this share of the agents, five-minute calls, two minutes' mean patience. */
    static QueueLoad atOccupancy(int agents, double offeredShare) {
        double aht = 5;
        return new QueueLoad(agents, offeredShare * agents / aht, aht, 2);
    }

    ErlangFormulas.QueueStats erlangA() {
        return ErlangFormulas.erlangA(callsPerMinute * 60, ahtMinutes, agents, patienceMinutes);
    }
}
