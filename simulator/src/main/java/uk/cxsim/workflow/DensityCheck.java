package uk.cxsim.workflow;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.ComparisonFile;

/**
 * Whether the sample size changes the answer: one what-if compared with its base on many seeds at two sizes, and,
 * for the base's mean wait and the lever's effects, the difference of the two sizes' means with its Welch 95%
 * interval. An interval that holds zero says the sizes agree as far as the seeds can tell.
 */
public final class DensityCheck {
    /** The figures compared: the base's UK mean wait, the payer's net benefit and the UK cost saved. */
    public static final List<String> FIGURES = List.of("base mean wait (minutes)", "net benefit on the payer's books "
            + "(GBP a year)", "UK cost of poor service saved (GBP a year)");

    /**
     * One figure at the two sizes over the seeds.
     *
     * @param small each seed's value at the smaller size
     * @param large each seed's value at the larger size
     */
    public record Figure(String name, double[] small, double[] large) {
        public double difference() {
            return StatUtils.mean(large) - StatUtils.mean(small);
        }

        /** The Welch 95% half width of {@link #difference()}. */
        public double halfWidth() {
            return halfWidth(0.95);
        }

        /** The Welch half width of {@link #difference()} at {@code level} (two-sided). */
        public double halfWidth(double level) {
            double va = StatUtils.variance(small) / small.length;
            double vb = StatUtils.variance(large) / large.length;
            double df = (va + vb) * (va + vb) / (va * va / (small.length - 1) + vb * vb / (large.length - 1));
            return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2) * Math.sqrt(va + vb);
        }

        public boolean agree() {
            return Math.abs(difference()) <= halfWidth();
        }

        public double meanSmall() {
            return StatUtils.mean(small);
        }

        public double meanLarge() {
            return StatUtils.mean(large);
        }
    }

    private DensityCheck() {
    }

    /** The what-if at {@code seeds} seeds at each size; both loaders give the same scenarios at their own size. */
    public static List<Figure> measure(WhatIfAtSeed small, WhatIfAtSeed large, int seeds, int replications,
                                       int threads, SeedProgress progress) {
        double[][] s = new double[FIGURES.size()][seeds];
        double[][] l = new double[FIGURES.size()][seeds];
        for (int k = 0; k < seeds; k++) {
            read(small.load(1000L + k), replications, threads, s, k);
            read(large.load(1000L + k), replications, threads, l, k);
            progress.seedDone(k + 1, seeds);
        }
        return List.of(new Figure(FIGURES.get(0), s[0], l[0]), new Figure(FIGURES.get(1), s[1], l[1]),
                new Figure(FIGURES.get(2), s[2], l[2]));
    }

    private static void read(ScenarioParams[] scenarios, int replications, int threads, double[][] into, int k) {
        ScenarioParams lever = scenarios[1];
        WhatIfRuns runs = WhatIfRuns.run(scenarios[0], List.of(lever), replications, threads, 0, d -> { },
                SpinUps.kept(), Focus.Mode.AUTO);
        ComparisonFile c = WhatIfComparison.of(runs, List.of(lever)).json();
        Map<String, ComparisonFile.Figure> wait = c.headlineRows("meanWaitMinutes");
        Map<String, ComparisonFile.Figure> cost = c.headlineRows("costOfPoorServiceGbp");
        into[0][k] = wait.get(lever.name()).baseline();
        into[1][k] = c.businessCase().get(lever.name()).payer().netBenefitGbpPerYear();
        into[2][k] = -cost.get(lever.name()).difference();
    }
}
