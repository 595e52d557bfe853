package uk.cxsim.behaviour;

/**
 * Frustration fades: every contribution decays with the same half-life, so the total stays the sum of the
 * contributions and the dominant driver stays the largest one.
 */
public final class Frustration {
    private Frustration() {
    }

    /** Factor by which frustration shrinks over the elapsed minutes. */
    public static double decayFactor(double elapsedMinutes, double halfLifeMinutes) {
        if (elapsedMinutes <= 0) {
            return 1.0;
        }
        return Math.exp(-Math.log(2) * elapsedMinutes / halfLifeMinutes);
    }
}
