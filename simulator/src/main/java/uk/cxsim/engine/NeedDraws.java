package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.SplitMixRandom;

/**
 * The random draws of one need, from its first contact to its end, keyed so that a base and its what-if draw the
 * same numbers for the same decision. A need's seed comes from the number of its candidate arrival; each step it
 * books (a contact's end, a retry, a repeat days later) gets a seed of its own from its parent step's; within a step
 * each {@link Decision} draws from a stream keyed by what it decides. A what-if that changes the chance of one
 * decision (the CRM's context, say) leaves the numbers of every other decision as they were, so the two runs differ
 * only where the lever acts and what follows from it: common random numbers kept in step, which is what narrows a
 * what-if's interval. The stream {@link #of} returns is valid until the next call of {@code of}.
 */
final class NeedDraws implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a draw decides; each has its own stream within a step. */
    enum Decision {
        REASON, DEFERRAL, FALLBACK, SELF_HELP, SEARCH, ANSWER, RESPONSE, HANDLE, IVR, PATIENCE, POOL, CONTEXT,
        TRANSFER, EMPOWERMENT, RESOLUTION, CALL_AGAIN, COME_BACK, SALE_TO_COMPETITOR, DELIGHT, COMPLAINT, AFTER_MISERY
    }

    private static final long STEPS = Decision.values().length;

    private final long root;
    private final SplitMixRandom stream = new SplitMixRandom(0);
    private long step;
    private int booked;

    /** The needs of one sector in one replication. */
    NeedDraws(long seed, int replication, int sector) {
        this.root = RandomStreams.stream(seed, replication, sector, RandomStreams.Stream.JOURNEY).nextLong();
    }

    /** A new need, the {@code candidate}-th candidate arrival of the sector, takes its first step. */
    void start(long candidate) {
        resume(RandomStreams.key(root, candidate, 0));
    }

    /** A step booked earlier, with the seed {@link #nextStep()} gave it, takes place. */
    void resume(long seed) {
        step = seed;
        booked = 0;
    }

    /** The stream of one decision of the current step. */
    SplitMixRandom of(Decision decision) {
        stream.reseed(RandomStreams.key(step, decision.ordinal(), 0));
        return stream;
    }

    /** The seed of the next step the current one books (the first, second... it books). */
    long nextStep() {
        return RandomStreams.key(step, STEPS, booked++);
    }
}
