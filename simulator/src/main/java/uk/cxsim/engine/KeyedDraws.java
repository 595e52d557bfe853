package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.SplitMixRandom;

/**
 * Random draws keyed by what they are for rather than by their turn. {@link #at(long, long)} restarts one reusable
 * stream from a seed that mixes this source's root with two keys (the number of a candidate departure, referral or
 * death, and which of its consequences), so the same event draws the same numbers in a base and its what-if,
 * whatever happened before it in either run. The stream returned is valid until the next call of {@code at}.
 */
final class KeyedDraws implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long root;
    private final SplitMixRandom stream = new SplitMixRandom(0);

    /** The keyed draws of one source of randomness in one sector (or the population) of one replication. */
    KeyedDraws(long seed, int replication, int scope, RandomStreams.Stream kind) {
        this.root = RandomStreams.stream(seed, replication, scope, kind).nextLong();
    }

    /** The stream of the event keyed (a, b), from its first draw. */
    SplitMixRandom at(long a, long b) {
        stream.reseed(RandomStreams.key(root, a, b));
        return stream;
    }
}
