package uk.cxsim.results;

/**
 * What {@code cxsim validate queue --format json} prints: one queue simulated against the Erlang formula it should
 * match.
 *
 * @param ci95HalfWidth   the half widths of the simulated figures' 95% intervals
 * @param theory          {@code Erlang C} (callers never hang up) or {@code Erlang A}
 * @param expected        the formula's figures
 * @param callersMeasured callers that arrived in the measured hours
 */
public record QueueValidationFile(double probWait, double meanWaitSeconds, double abandonRate,
                                  Figures ci95HalfWidth, String theory, Figures expected, long callersMeasured) {

    /** The three figures of a queue: chance of waiting, mean wait and share hanging up. */
    public record Figures(double probWait, double meanWaitSeconds, double abandonRate) {
    }
}
