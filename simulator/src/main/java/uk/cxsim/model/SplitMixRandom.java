package uk.cxsim.model;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * A SplitMix64 random stream (Steele, Lea and Flood, 2014) whose state is one number, so a run can be saved and
 * resumed exactly. Seeded alike, it draws the same numbers as {@link java.util.SplittableRandom} (which offers no
 * way to read or save its state): the state advances by the golden gamma at each draw and is scrambled by the
 * same finalisers, and bounded integers, doubles and booleans are made from those draws the same way.
 */
public final class SplitMixRandom implements RandomGenerator, Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    public SplitMixRandom(long seed) {
        this.state = seed;
    }

    /** Starts this stream again from another seed, as if it were {@code new SplitMixRandom(seed)}. */
    public void reseed(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    @Override
    public int nextInt() {
        return mix32(state += GOLDEN_GAMMA);
    }

    /** Uniform on [0, bound): a mask for powers of two, else rejection of the top partial range. */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            // rejected: u fell in the last, incomplete run of bound values
        }
        return r;
    }

    /** Uniform on [0, 1) from the top 53 bits of a draw. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    @Override
    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
