package uk.cxsim.experiment.calibration;

import java.util.List;

import uk.cxsim.metrics.Check;

/**
 * One point history matching evaluated.
 *
 * @param index          1 for the first point evaluated, and so on
 * @param wave           the wave that proposed it (1: the space-filling design)
 * @param values         the parameters, in the targets file's order and in their own units
 * @param simulated      the simulated value of each measure
 * @param implausibility the largest implausibility over the measures
 * @param passes         whether every evidence check passes at the size evaluated
 * @param checks         those checks, in the targets file's order (empty where the evaluator has none)
 */
public record MatchedPoint(int index, int wave, double[] values, double[] simulated, double implausibility,
                           boolean passes, List<Check> checks) {

    /** Not ruled out by the implausibility cut-off. */
    public boolean plausible() {
        return Implausibility.plausible(implausibility);
    }

    /** A member of the ensemble: not ruled out, and every evidence check passes. */
    public boolean member() {
        return plausible() && passes;
    }
}
