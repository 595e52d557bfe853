package uk.cxsim.experiment.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import uk.cxsim.experiment.batch.Design;
import uk.cxsim.experiment.batch.ParameterRange;
import uk.cxsim.metrics.Check;

/**
 * Finds many parameter sets that fit, not one: history matching in waves. Wave 1 is a Latin hypercube over a box around
 * the start (the whole ranges by default; always the whole range of a parameter sampled rather than fitted, an
 * assumption nobody measured, so the members carry its uncertainty). Each later wave perturbs seeds from the waves so
 * far: a seed drawn at random plus Gaussian noise whose standard deviation per parameter is sqrt(2) times the seeds'
 * (the kernel of Beaumont et al. 2009's population Monte Carlo), at least 1% of the range, reflected into the range.
 * The seeds are the members found so far once there are {@link #MIN_SEEDS}; before that, the least implausible fifth of
 * a wave's worth of points (the plausible ones first), so the search refocuses on the region not ruled out instead of
 * stopping. A point is a member when it is plausible ({@link Implausibility}) and passes every evidence check; matching
 * stops when enough members are found or the evaluation budget is spent.
 */
public final class HistoryMatching {
    /** A figure points are matched on, with its target, tolerance and the model's noise on it. */
    public record Measure(String name, double expected, double tolerance, double noiseVariance) {
    }

    /**
     * What evaluating one point gives.
     *
     * @param simulated one value per measure (NaN where the point could not be run)
     * @param passes    whether every evidence check passes
     */
    public record Evaluation(double[] simulated, boolean passes, List<Check> checks) {
    }

    /** Runs the model (or any stand-in) at one point given in the parameters' own units. */
    @FunctionalInterface
    public interface Evaluator {
        Evaluation evaluate(double[] values);
    }

    /** Told after each evaluation, with the number of members found so far. */
    @FunctionalInterface
    public interface Listener {
        void evaluated(MatchedPoint point, int members);
    }

    /**
     * @param members        how many members to find
     * @param maxEvaluations the evaluation budget
     * @param waveSize       points a wave proposes
     * @param around         half-width of wave 1's box around the start as a share of each range (1: the ranges)
     * @param seed           seeds the designs and perturbations
     */
    public record Settings(int members, int maxEvaluations, int waveSize, double around, long seed) {
        public Settings {
            if (members < 1 || maxEvaluations < 1 || waveSize < 2 || !(around > 0 && around <= 1)) {
                throw new IllegalArgumentException("members and evaluations at least 1, wave size at least 2, "
                        + "around in (0, 1]");
            }
        }
    }

    /** The measures, every point evaluated, in order, and the members among them (at most the number asked for). */
    public record Result(List<Measure> measures, List<MatchedPoint> points, List<MatchedPoint> members, int waves) {
        public int evaluations() {
            return points.size();
        }
    }

    /** Members needed before later waves perturb members only. */
    static final int MIN_SEEDS = 2;

    /** Smallest perturbation, as a share of each range. */
    static final double MIN_STEP = 0.01;

    private final List<Measure> measures;
    private final double[] expected;
    private final double[] tolerance;
    private final double[] noiseVariance;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] wholeRange;
    private final Settings settings;

    public HistoryMatching(List<Measure> measures, double[] lower, double[] upper, Settings settings) {
        this(measures, lower, upper, new boolean[lower.length], settings);
    }

    /**
     * @param wholeRange per parameter, whether wave 1 samples its whole range whatever {@code around} says (an
     *                   assumed parameter sampled jointly with the fitted ones)
     */
    public HistoryMatching(List<Measure> measures, double[] lower, double[] upper, boolean[] wholeRange,
                           Settings settings) {
        this.measures = List.copyOf(measures);
        expected = measures.stream().mapToDouble(Measure::expected).toArray();
        tolerance = measures.stream().mapToDouble(Measure::tolerance).toArray();
        noiseVariance = measures.stream().mapToDouble(Measure::noiseVariance).toArray();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.wholeRange = wholeRange.clone();
        this.settings = settings;
    }

    public Result run(double[] start, Evaluator evaluator, Listener listener) {
        Random rng = new Random(settings.seed());
        List<MatchedPoint> points = new ArrayList<>();
        List<MatchedPoint> members = new ArrayList<>();
        int wave = 0;
        while (members.size() < settings.members() && points.size() < settings.maxEvaluations()) {
            wave++;
            List<double[]> proposals = wave == 1 ? firstWave(start) : nextWave(points, rng);
            for (double[] values : proposals) {
                if (members.size() >= settings.members() || points.size() >= settings.maxEvaluations()) {
                    break;
                }
                MatchedPoint p = judge(points.size() + 1, wave, values, evaluator.evaluate(values));
                points.add(p);
                if (p.member()) {
                    members.add(p);
                }
                listener.evaluated(p, members.size());
            }
        }
        return new Result(measures, List.copyOf(points), List.copyOf(members), wave);
    }

    /** The implausibility of an evaluation against the measures. */
    MatchedPoint judge(int index, int wave, double[] values, Evaluation e) {
        int n = measures.size();
        if (e.simulated().length != n) {
            throw new IllegalArgumentException("the evaluator gave " + e.simulated().length + " values for " + n
                    + " measures");
        }
        double worst = Implausibility.max(e.simulated(), expected, tolerance, noiseVariance);
        return new MatchedPoint(index, wave, values.clone(), e.simulated().clone(), worst, e.passes(), e.checks());
    }

    private List<double[]> firstWave(double[] start) {
        List<ParameterRange> box = new ArrayList<>();
        for (int k = 0; k < start.length; k++) {
            double half = (wholeRange[k] ? 1 : settings.around()) * (upper[k] - lower[k]);
            box.add(ParameterRange.between("p" + k, Math.max(lower[k], start[k] - half),
                    Math.min(upper[k], start[k] + half), 2));
        }
        return Design.LHS.points(box, settings.waveSize(), settings.seed());
    }

    private List<double[]> nextWave(List<MatchedPoint> points, Random rng) {
        List<MatchedPoint> seeds = points.stream().filter(MatchedPoint::member).toList();
        if (seeds.size() < MIN_SEEDS) {
            seeds = points.stream().sorted(Comparator.comparingDouble(MatchedPoint::implausibility))
                    .limit(Math.max(MIN_SEEDS, settings.waveSize() / 5)).toList();
        }
        int d = lower.length;
        double[] step = new double[d];
        for (int k = 0; k < d; k++) {
            int dim = k;
            double mean = seeds.stream().mapToDouble(p -> p.values()[dim]).average().orElse(0);
            double var = seeds.stream().mapToDouble(p -> (p.values()[dim] - mean) * (p.values()[dim] - mean))
                    .sum() / Math.max(1, seeds.size() - 1);
            step[k] = Math.max(Math.sqrt(2 * var), MIN_STEP * (upper[k] - lower[k]));
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < settings.waveSize(); i++) {
            double[] from = seeds.get(rng.nextInt(seeds.size())).values();
            double[] x = new double[d];
            for (int k = 0; k < d; k++) {
                x[k] = reflect(from[k] + step[k] * rng.nextGaussian(), lower[k], upper[k]);
            }
            out.add(x);
        }
        return out;
    }

    /** Folds a value back into [lo, hi] at the edge it crossed (that edge if it crosses the whole range). */
    static double reflect(double x, double lo, double hi) {
        double y = x < lo ? lo + (lo - x) : x > hi ? hi - (x - hi) : x;
        if (y < lo || y > hi) {
            return x < lo ? lo : hi;
        }
        return y;
    }
}
