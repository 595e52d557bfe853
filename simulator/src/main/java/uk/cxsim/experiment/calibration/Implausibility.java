package uk.cxsim.experiment.calibration;

/**
 * The implausibility rule of history matching (Craig, Goldstein et al. 1997; Vernon, Goldstein and Bower 2010): how
 * far a simulated figure lies from its target in units of everything that may separate them, here the target's
 * tolerance (what the evidence allows) and the model's own replication noise:
 * {@code I = |simulated - expected| / sqrt(tolerance^2 + noiseVariance)}. A point's implausibility is the largest over
 * its targets; a point above {@link #CUTOFF} is ruled out (Pukelsheim's three-sigma rule: for any unimodal
 * distribution at least 95% of the mass lies within three standard deviations).
 */
public final class Implausibility {
    /** Points whose implausibility exceeds this are ruled out. */
    public static final double CUTOFF = 3.0;

    private Implausibility() {
    }

    /**
     * @param tolerance     the target's absolute tolerance (at least 0)
     * @param noiseVariance variance of the simulated figure from replication noise alone (at least 0)
     * @return the distance in units of the combined standard deviation; infinite when both are zero and the figures
     *         differ, and for a figure that is not a number
     */
    public static double of(double simulated, double expected, double tolerance, double noiseVariance) {
        if (!(tolerance >= 0) || !(noiseVariance >= 0)) {
            throw new IllegalArgumentException("tolerance and noise variance must be at least 0");
        }
        if (Double.isNaN(simulated)) {
            return Double.POSITIVE_INFINITY;
        }
        double distance = Math.abs(simulated - expected);
        if (distance == 0) {
            return 0;
        }
        return distance / Math.sqrt(tolerance * tolerance + noiseVariance);
    }

    /** The largest implausibility over a point's targets (0 with none): every target must be plausible. */
    public static double max(double[] simulated, double[] expected, double[] tolerance, double[] noiseVariance) {
        double worst = 0;
        for (int t = 0; t < simulated.length; t++) {
            worst = Math.max(worst, of(simulated[t], expected[t], tolerance[t], noiseVariance[t]));
        }
        return worst;
    }

    /** Whether a point with this implausibility survives the cut-off. */
    public static boolean plausible(double implausibility) {
        return implausibility <= CUTOFF;
    }
}
