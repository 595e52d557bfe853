package uk.cxsim.engine;

import uk.cxsim.model.SplitMixRandom;

/**
 * One independent random stream per source of randomness, derived from (root seed, replication, scope,
 * stream). A scope is a sector (or -1 for the whole population), so sectors can run on different threads and
 * still draw exactly the same numbers. Two scenarios run with the same seed share their streams: common random
 * numbers for what-if comparisons.
 */
public final class RandomStreams {
    /** The sources of randomness. */
    public enum Stream {
        POPULATION, NETWORK, INITIAL_RELATIONSHIPS, ARRIVALS, JOURNEY, SERVICE, HAZARDS, CHOICE, LIFE, WIN_BACK,
        /** Background calls of one queue; the scope is (sector, supplier, channel). */
        BACKGROUND_CALLS,
        /** Each sector's draw of donors for an equilibrium start. */
        EQUILIBRIUM_START
    }

    /** Scope of streams that are not tied to one sector. */
    public static final int POPULATION_SCOPE = -1;

    private RandomStreams() {
    }

    /** A SplitMix64 generator whose seed mixes the root seed, replication, scope and stream. */
    public static SplitMixRandom stream(long seed, int replication, int scope, Stream stream) {
        long h = mix(seed);
        h = mix(h ^ (0x9E3779B97F4A7C15L * (replication + 1)));
        h = mix(h ^ (0xC2B2AE3D27D4EB4FL * (scope + 2)));
        h = mix(h ^ (0x165667B19E3779F9L * (stream.ordinal() + 1)));
        return new SplitMixRandom(h);
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
