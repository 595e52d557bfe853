package uk.cxsim.workflow;

import java.util.List;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;

/**
 * Whether a what-if's 95% interval means what it says: the comparison run on many seeds, each with the focus and
 * the replications a user would run, and the share of seeds whose interval of the payer's net benefit holds the
 * long-run value. The long-run value seed k is judged against is the mean of every other seed's estimate, so no
 * seed is judged against its own numbers.
 */
public final class IntervalCoverage {
    /**
     * @param estimates each seed's net benefit a year on the payer's books
     * @param lows      each seed's 95% interval, low end
     * @param highs     high end
     */
    public record Answer(double[] estimates, double[] lows, double[] highs) {
        public int seeds() {
            return estimates.length;
        }

        /** Seeds whose interval holds the mean of the other seeds' estimates. */
        public int covered() {
            double sum = 0;
            for (double e : estimates) {
                sum += e;
            }
            int n = estimates.length;
            int covered = 0;
            for (int k = 0; k < n; k++) {
                double others = (sum - estimates[k]) / (n - 1);
                if (lows[k] <= others && others <= highs[k]) {
                    covered++;
                }
            }
            return covered;
        }

        public double coverage() {
            return (double) covered() / seeds();
        }

        /** The Wilson 95% interval of the coverage, {low, high}. */
        public double[] coverageCi95() {
            double n = seeds();
            double p = coverage();
            double z = 1.959963984540054;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return new double[] {centre - half, centre + half};
        }
    }

    private IntervalCoverage() {
    }

    /** Runs the comparison of {@code scenarios} at seeds 1000 to 1000 + seeds - 1. */
    public static Answer measure(WhatIfAtSeed scenarios, int seeds, int replications, int threads,
                                 SeedProgress progress) {
        return measure(scenarios, seeds, replications, threads, Focus.Mode.AUTO, progress);
    }

    /** As {@link #measure(WhatIfAtSeed, int, int, int, SeedProgress)}, choosing the sectors re-run by {@code focus}. */
    public static Answer measure(WhatIfAtSeed scenarios, int seeds, int replications, int threads, Focus.Mode focus,
                                 SeedProgress progress) {
        if (seeds < 3) {
            throw new IllegalArgumentException("coverage needs at least 3 seeds");
        }
        double[] estimates = new double[seeds];
        double[] lows = new double[seeds];
        double[] highs = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            ScenarioParams[] s = scenarios.load(1000L + k);
            WhatIfRuns runs = WhatIfRuns.run(s[0], List.of(s[1]), replications, threads, 0, d -> { },
                    SpinUps.kept(), focus);
            BusinessCaseSection.Row payer = WhatIfComparison.of(runs, List.of(s[1])).json().businessCase()
                    .get(s[1].name()).payer();
            estimates[k] = payer.netBenefitGbpPerYear();
            lows[k] = payer.netBenefitCi95()[0];
            highs[k] = payer.netBenefitCi95()[1];
            progress.seedDone(k + 1, seeds);
        }
        return new Answer(estimates, lows, highs);
    }
}
