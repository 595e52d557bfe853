package uk.cxsim.queuebench;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.SplitMixRandom;

/**
 * The callers of a run, drawn in the same order by every implementation (gap to the caller, their service time,
 * their patience), so the same seed gives each the very same callers.
 */
final class CallerStream {
    private final QueueLoad load;
    private final SplitMixRandom rng;

    CallerStream(QueueLoad load, long seed) {
        this.load = load;
        this.rng = new SplitMixRandom(seed);
    }

    double gap() {
        return Sampling.exponential(rng, 1 / load.callsPerMinute());
    }

    double service() {
        return Sampling.exponential(rng, load.ahtMinutes());
    }

    double patience() {
        return Sampling.exponential(rng, load.patienceMinutes());
    }
}
