package uk.cxsim.metrics;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How a what-if's effect on one figure spreads across the members of an ensemble (parameter sets that all fit the
 * evidence), each member estimated from the same number of paired replications.
 *
 * <p>The spread of the members' estimates has two sources: the members really differ (parameter uncertainty) and
 * each estimate carries simulation noise. A one-way random-effects decomposition separates them: the noise variance
 * of a member's mean is the pooled within-member variance over the replications, {@code s_w^2 / n}; the parameter
 * variance is what the variance of the members' means has beyond it, {@code max(0, s_means^2 - s_w^2 / n)}.
 *
 * @param members        members (each one estimate)
 * @param median         median of the members' estimates
 * @param p5             5th percentile of the members' estimates
 * @param p95            95th percentile of the members' estimates
 * @param sharePositive  share of members whose estimate is above zero
 * @param parameterShare share of the spread of the members' estimates due to parameter uncertainty (the rest is
 *                       simulation noise); NaN if the estimates do not vary at all
 * @param parameterSd    standard deviation of the effect across parameter sets, noise removed
 * @param noiseSd        standard deviation of one member's estimate from simulation noise
 */
public record EnsembleSpread(int members, double median, double p5, double p95, double sharePositive,
                             double parameterShare, double parameterSd, double noiseSd) {

    /** The spread of members' estimates, each the mean of paired replications with its standard deviation. */
    public static EnsembleSpread of(List<Interval> perMember) {
        int k = perMember.size();
        if (k == 0) {
            throw new IllegalArgumentException("an ensemble needs members");
        }
        double[] means = perMember.stream().mapToDouble(Interval::mean).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(means);
        double positive = Arrays.stream(means).filter(m -> m > 0).count() / (double) k;
        double within = 0;
        double n = 0;
        for (Interval i : perMember) {
            within += Double.isNaN(i.sd()) ? 0 : i.sd() * i.sd();
            n += i.n();
        }
        within /= k;
        n /= k;
        double noiseVar = n > 0 ? within / n : 0;
        double meansVar = k > 1 ? variance(means) : 0;
        double parameterVar = Math.max(0, meansVar - noiseVar);
        double spread = parameterVar + noiseVar;
        return new EnsembleSpread(k, percentile.evaluate(50), percentile.evaluate(5), percentile.evaluate(95),
                positive, spread > 0 ? parameterVar / spread : Double.NaN, Math.sqrt(parameterVar),
                Math.sqrt(noiseVar));
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElse(0);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
