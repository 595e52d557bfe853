package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;

/**
 * What re-running only the changed sectors buys: for one what-if on a kept base, over many seeds, the time to its
 * comparison and the spread of the payer's net benefit with {@code --focus auto} and with {@code --focus all}. Each
 * seed's base runs once (its spin-ups kept); each arm then runs the what-if against it, so the times are a kept
 * base's. Variance x time is the cost of a given precision: the smaller, the sooner an answer is as sure.
 */
public final class FocusRatio {
    /** One arm's seeds: seconds from the what-if's start to its comparison, and the payer's net benefit. */
    public record Arm(double[] seconds, double[] net) {
        public double medianSeconds() {
            return StatUtils.percentile(seconds, 50);
        }

        public double variance() {
            return StatUtils.variance(net);
        }
    }

    /**
     * @param ratioLow90 the ratio's one-sided 90% lower bound, from a percentile bootstrap over seeds
     *                   (fixed generator seed)
     */
    public record Answer(Arm auto, Arm all, double ratio, double ratioLow90) {
    }

    private FocusRatio() {
    }

    public static Answer measure(WhatIfAtSeed scenarios, int seeds, int replications, int threads,
                                 SeedProgress progress) {
        double[][] seconds = new double[2][seeds];
        double[][] net = new double[2][seeds];
        for (int k = 0; k < seeds; k++) {
            ScenarioParams[] s = scenarios.load(1000L + k);
            ScenarioParams base = s[0];
            ScenarioParams lever = s[1];
            SpinUps spinUps = SpinUps.kept();
            List<RunSummary> baseRuns = WhatIfRuns.base(base, replications, threads, spinUps, d -> { });
            for (Focus.Mode mode : List.of(Focus.Mode.AUTO, Focus.Mode.ALL)) {
                int arm = mode == Focus.Mode.AUTO ? 0 : 1;
                long start = System.nanoTime();
                WhatIfRuns runs = WhatIfRuns.against(baseRuns, base, List.of(lever), threads, spinUps, d -> { },
                        mode);
                WhatIfComparison answer = WhatIfComparison.of(runs, List.of(lever));
                seconds[arm][k] = (System.nanoTime() - start) / 1e9;
                BusinessCaseSection bc = answer.json().businessCase().get(lever.name());
                net[arm][k] = bc.payer().netBenefitGbpPerYear();
            }
            progress.seedDone(k + 1, seeds);
        }
        Arm auto = new Arm(seconds[0], net[0]);
        Arm all = new Arm(seconds[1], net[1]);
        return new Answer(auto, all, ratio(all, auto), lowerBound(all, auto));
    }

    private static double ratio(Arm all, Arm auto) {
        return all.variance() * all.medianSeconds() / (auto.variance() * auto.medianSeconds());
    }

    /** The 10th percentile of the ratio over 2,000 resamples of the seeds (each arm's seeds drawn together). */
    private static double lowerBound(Arm all, Arm auto) {
        SplittableRandom rng = new SplittableRandom(20261206L);
        int n = all.seconds().length;
        double[] ratios = new double[2000];
        for (int b = 0; b < ratios.length; b++) {
            double[][] pick = new double[4][n];
            for (int i = 0; i < n; i++) {
                int j = rng.nextInt(n);
                pick[0][i] = all.seconds()[j];
                pick[1][i] = all.net()[j];
                pick[2][i] = auto.seconds()[j];
                pick[3][i] = auto.net()[j];
            }
            ratios[b] = ratio(new Arm(pick[0], pick[1]), new Arm(pick[2], pick[3]));
        }
        Arrays.sort(ratios);
        return ratios[(int) (0.10 * ratios.length)];
    }

    /** The seeds whose two arms' net benefits differ (none: a focused comparison is the full one). */
    public static List<Integer> differing(Answer a) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < a.auto().net().length; k++) {
            if (Double.compare(a.auto().net()[k], a.all().net()[k]) != 0) {
                out.add(k);
            }
        }
        return out;
    }
}
