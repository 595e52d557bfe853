package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.SplitMixRandom;

/**
 * The agents behind one supplier's queued channel, as the contacts of the sample meet them: a simulated queue at a
 * real team's size ({@link PooledQueue}), or the steady state of that queue ({@link SteadyStatePool}) where only the
 * long run matters.
 */
interface CallPool extends Serializable {
    /**
     * Offers one of the sample's callers, in time order; true if an agent answers. What is drawn for this caller
     * (which pool, a steady state's wait) comes from the caller's own stream, never from the background calls'.
     */
    boolean offer(double arrival, double patience, double service, SplitMixRandom caller);

    /** Minutes the last caller offered waited (until answered or until hanging up). */
    double lastWait();

    /** Minute the last caller's call ended (answered) or they hung up. */
    double lastEnd();

    /** Replaces the roster of every pool (agents per pool by hour of the week) from this minute. */
    void restaff(int[] perPool, double fromMinute);

    /**
     * The other callers follow this forecast of the sample's calls from this minute; {@code freshShare} of them are
     * fresh calls, the rest the retries and transfers the pool's own callers make.
     */
    void follow(DemandForecast forecast, double freshShare, double fromMinute);

    /** Brings the pools up to this minute. */
    void advanceTo(double minute);

    /** Agents on duty at this hour of the week, over all pools. */
    int agentsAtHour(int hourOfWeek);

    /** Agent minutes of service started at this hour of day so far, over all pools. */
    double busyMinutes(int hourOfDay);

    /** A pool's calls over the sample's calls routed to it. */
    double multiplier();

    int pools();
}
