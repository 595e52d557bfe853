package uk.cxsim.engine;

import java.io.Serializable;

/**
 * What callers do after a call, shared by the sample's callers and the background callers of a pool, so that a pool
 * sees the same feedback whatever share of it the sample is: a caller who hangs up calls again, and an answered
 * call may be passed to another agent.
 *
 * @param retryProbability  chance a caller who hung up calls again
 * @param retryDelayMinutes mean minutes before calling again
 * @param transferRate      chance an answered call is transferred to another agent of the same channel
 * @param maxTransfers      transfers after which an agent must handle the call
 */
record CallerHabits(double retryProbability, double retryDelayMinutes, double transferRate, int maxTransfers)
        implements Serializable {
}
