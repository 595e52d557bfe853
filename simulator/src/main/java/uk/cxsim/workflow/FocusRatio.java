package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.DenseBases;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;

/**
 * What a way of focusing buys: for one what-if on a kept base, over many seeds, the time to its comparison and the
 * spread of the payer's net benefit under two focus modes, {@code --focus auto} against {@code --focus all} (re-running
 * only the changed sectors) or a denser focus against {@code auto}. Each seed's base runs once (its spin-ups kept);
 * each arm then runs the what-if against it, so the times are a kept base's. Variance x time is the cost of a given
 * precision: the smaller, the sooner an answer is as sure.
 */
public final class FocusRatio {
    /**
     * One arm's seeds: seconds from the what-if's start to its comparison, the payer's net benefit and the half width
     * of its 95% interval.
     */
    public record Arm(double[] seconds, double[] net, double[] halfWidth) {
        public double medianSeconds() {
            return StatUtils.percentile(seconds, 50);
        }

        public double variance() {
            return StatUtils.variance(net);
        }

        public double meanNet() {
            return StatUtils.mean(net);
        }

        public double medianHalfWidth() {
            return StatUtils.percentile(halfWidth, 50);
        }

        /** This arm's figures at the seeds {@code k} (indexes, repeats allowed). */
        Arm at(int[] k) {
            double[][] out = new double[3][k.length];
            for (int i = 0; i < k.length; i++) {
                out[0][i] = seconds[k[i]];
                out[1][i] = net[k[i]];
                out[2][i] = halfWidth[k[i]];
            }
            return new Arm(out[0], out[1], out[2]);
        }
    }

    /**
     * @param tried      the arm of the mode tried ({@code auto}, or a denser focus)
     * @param against    the arm it is measured against ({@code all}, or {@code auto})
     * @param ratio      variance x time of {@code against} over that of {@code tried}
     * @param ratioLow90 the ratio's one-sided 90% lower bound, from a percentile bootstrap over seeds
     *                   (fixed generator seed)
     * @param books      whose books the nets are, in words (the payer's)
     * @param keptDense  under a denser focus tried, the same what-if asked again on the same base, whose denser runs
     *                   it now keeps (a room's later what-ifs of that sector); null otherwise
     */
    public record Answer(Arm tried, Arm against, double ratio, double ratioLow90, String books, Arm keptDense) {
        /** Variance x time of {@code against} over that of {@link #keptDense}. */
        public double keptDenseRatio() {
            return FocusRatio.ratio(against, keptDense);
        }

        /** That ratio's one-sided 90% lower bound. */
        public double keptDenseRatioLow90() {
            return lowerBound(against, keptDense);
        }
    }

    private FocusRatio() {
    }

    /** {@code --focus auto} tried against {@code --focus all}. */
    public static Answer measure(WhatIfAtSeed scenarios, int seeds, int replications, int threads,
                                 SeedProgress progress) {
        return measure(scenarios, seeds, replications, threads, Focus.Mode.AUTO, Focus.Mode.ALL, progress);
    }

    /** The focus {@code tried} against the focus {@code against}, on the same kept base at each seed. */
    public static Answer measure(WhatIfAtSeed scenarios, int seeds, int replications, int threads, Focus.Mode tried,
                                 Focus.Mode against, SeedProgress progress) {
        int arms = tried.density() > 1 ? 3 : 2;
        double[][] seconds = new double[arms][seeds];
        double[][] net = new double[arms][seeds];
        double[][] halfWidth = new double[arms][seeds];
        String books = "";
        for (int k = 0; k < seeds; k++) {
            ScenarioParams[] s = scenarios.load(1000L + k);
            ScenarioParams base = s[0];
            ScenarioParams lever = s[1];
            SpinUps spinUps = SpinUps.kept();
            List<RunSummary> baseRuns = WhatIfRuns.base(base, replications, threads, spinUps, d -> { });
            DenseBases dense = new DenseBases();
            // the arm tried, the arm against, then under a denser focus the tried one again, its denser base kept
            for (int arm = 0; arm < arms; arm++) {
                Focus.Mode mode = arm == 1 ? against : tried;
                long start = System.nanoTime();
                WhatIfRuns runs = WhatIfRuns.against(baseRuns, base, List.of(lever), threads, spinUps, d -> { },
                        mode, dense);
                WhatIfComparison answer = WhatIfComparison.of(runs, List.of(lever));
                seconds[arm][k] = (System.nanoTime() - start) / 1e9;
                BusinessCaseSection bc = answer.json().businessCase().get(lever.name());
                net[arm][k] = bc.payer().netBenefitGbpPerYear();
                halfWidth[arm][k] = (bc.payer().netBenefitCi95()[1] - bc.payer().netBenefitCi95()[0]) / 2;
                books = BusinessCaseCharts.books(bc.payer());
            }
            progress.seedDone(k + 1, seeds);
        }
        Arm first = new Arm(seconds[0], net[0], halfWidth[0]);
        Arm second = new Arm(seconds[1], net[1], halfWidth[1]);
        Arm kept = arms > 2 ? new Arm(seconds[2], net[2], halfWidth[2]) : null;
        if (kept != null && !Arrays.equals(kept.net(), first.net())) {
            throw new IllegalStateException("a denser what-if on kept denser runs answered otherwise");
        }
        return new Answer(first, second, ratio(second, first), lowerBound(second, first), books, kept);
    }

    private static double ratio(Arm against, Arm tried) {
        return against.variance() * against.medianSeconds() / (tried.variance() * tried.medianSeconds());
    }

    /** The 10th percentile of the ratio over 2,000 resamples of the seeds (each arm's seeds drawn together). */
    private static double lowerBound(Arm against, Arm tried) {
        SplittableRandom rng = new SplittableRandom(20261206L);
        int n = against.seconds().length;
        double[] ratios = new double[2000];
        for (int b = 0; b < ratios.length; b++) {
            int[] seeds = new int[n];
            Arrays.setAll(seeds, i -> rng.nextInt(n));
            ratios[b] = ratio(against.at(seeds), tried.at(seeds));
        }
        Arrays.sort(ratios);
        return ratios[(int) (0.10 * ratios.length)];
    }

    /**
     * The seeds whose two arms' net benefits differ (none for auto against all: a focused comparison is the full
     * one).
     */
    public static List<Integer> differing(Answer a) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < a.tried().net().length; k++) {
            if (Double.compare(a.tried().net()[k], a.against().net()[k]) != 0) {
                out.add(k);
            }
        }
        return out;
    }
}
