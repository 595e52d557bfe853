package uk.cxsim.engine;

import uk.cxsim.model.SplitMixRandom;

/**
 * One independent random stream per source of randomness, derived from (root seed, replication, scope,
 * stream). A scope is a sector (or -1 for the whole population), so sectors can run on different threads and
 * still draw exactly the same numbers. Two scenarios run with the same seed share their streams: common random
 * numbers for what-if comparisons.
 *
 * <p>A stream read in turn stays in step between a base and its what-if only while both draw the same count from
 * it. So the streams read in turn ({@link Stream#ARRIVALS}, {@link Stream#HAZARDS}, {@link Stream#LIFE}'s deaths,
 * the pools' {@link Stream#BACKGROUND_CALLS}) draw candidates whatever the state of the market, and everything
 * that depends on a customer's path draws from a stream keyed by the event it is for: each decision of a need's
 * step ({@link NeedDraws}), what follows a candidate departure, referral or death ({@link KeyedDraws}), and an
 * appointment (a win-back call, a return to the market) from the seed its booking split off. A what-if that changes
 * one customer's path changes only that customer's draws.
 */
public final class RandomStreams {
    /** The sources of randomness. */
    public enum Stream {
        POPULATION, NETWORK, INITIAL_RELATIONSHIPS,
        /** Candidate needs: times, relationship slots and the thinning draw, whoever holds the slot. */
        ARRIVALS,
        /** Each need's own stream (keyed by its candidate arrival), carried to every step the need books. */
        JOURNEY,
        /** Service times of the stand-alone queue experiment. */
        SERVICE,
        /** Candidate background departures and referrals, whoever holds the slot. */
        HAZARDS,
        /** What follows a candidate departure or referral, keyed by the candidate's number. */
        CHOICE,
        /** Deaths and new adults (population scope), and what a death ends in a sector (keyed by the death). */
        LIFE,
        /**
         * No stream of its own: answers to win-back calls and returns to the market draw from the seed their booking
         * split off. Kept in its place because every stream's seed mixes its position here.
         */
        WIN_BACK,
        /** As {@link #WIN_BACK}: kept in its place so that the streams after it keep their seeds. */
        RETURN_TO_MARKET,
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

    /** The seed of the draws keyed by (a, b) within a source whose root is {@code root}. */
    static long key(long root, long a, long b) {
        long h = mix(root ^ (0x9E3779B97F4A7C15L * (a + 1)));
        return mix(h ^ (0xC2B2AE3D27D4EB4FL * (b + 1)));
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
