package uk.cxsim.experiment.discovery;

/**
 * Where a peel or a paste puts a box's edge: near a quantile of the values, but always halfway between two distinct
 * values, so rows with the same value are never split (a grid sweep loses or gains a whole level at a time) and the
 * edge never equals a value in the data.
 */
final class PeelCut {
    private PeelCut() {
    }

    /**
     * An edge that keeps the values at or above it and leaves out about the {@code share} of the sorted values at the
     * bottom (at least one distinct value's rows); the smallest value itself when all values are the same (nothing to
     * cut).
     */
    static double fromBelow(double[] sorted, double share) {
        double at = (sorted.length - 1) * share;
        int lo = (int) Math.floor(at);
        int hi = (int) Math.ceil(at);
        while (sorted[lo] == sorted[hi] && hi < sorted.length - 1) {
            hi++;
        }
        while (sorted[lo] == sorted[hi] && lo > 0) {
            lo--; // every value from the quantile up is the same: cut just below them instead
        }
        return sorted[lo] == sorted[hi] ? sorted[0] : (sorted[lo] + sorted[hi]) / 2;
    }

    /** The mirror image: keeps the values at or below it, leaving out about the {@code share} at the top. */
    static double fromAbove(double[] sorted, double share) {
        double at = (sorted.length - 1) * (1 - share);
        int lo = (int) Math.floor(at);
        int hi = (int) Math.ceil(at);
        while (sorted[lo] == sorted[hi] && lo > 0) {
            lo--;
        }
        while (sorted[lo] == sorted[hi] && hi < sorted.length - 1) {
            hi++;
        }
        return sorted[lo] == sorted[hi] ? sorted[sorted.length - 1] : (sorted[lo] + sorted[hi]) / 2;
    }
}
