package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.metrics.Interval;
import uk.cxsim.output.Formats;
import uk.cxsim.workflow.FocusRatio;
import uk.cxsim.workflow.WhatIfAtSeed;

/**
 * {@code cxsim bench --focus-density K --seeds N [--lever FILE]}: a single-supplier what-if (the reference,
 * {@code scenarios/albion-crm-context.yaml}, or {@code --lever}) on a kept UK baseline over N seeds, its sector re-run
 * at K times the customers and at the base's size: median time to the comparison, the median half width of the
 * payer's net benefit, whether the two agree (95% interval of their mean difference across seeds) and the ratio of
 * variance x time.
 */
final class DenserFocusBench {
    private DenserFocusBench() {
    }

    static int run(int density, Path lever, int seeds, int customers, int replications, int threads,
                   PrintWriter out) {
        WhatIfAtSeed scenarios = ReferenceWhatIf.loader("--focus-density", lever, List.of("customers=" + customers));
        String name = scenarios.load(1000L)[1].name();
        out.printf(Locale.UK, "A denser focus on a kept UK baseline, %s: %d seeds, %,d customers (%,d in the sector"
                        + " re-run at density %d), %d replications, %d threads, %d cores, %s %s%n", name, seeds,
                customers, customers * density, density, replications, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        out.flush();
        FocusRatio.Answer a = FocusRatio.measure(scenarios, seeds, replications, threads,
                Focus.Mode.AUTO.withDensity(density), Focus.Mode.AUTO, (done, of) -> {
                    out.printf(Locale.UK, "  seed %d of %d done%n", done, of);
                    out.flush();
                });
        out.printf(Locale.UK, "net benefit a year on %s, with its 95%% interval's half width%n", a.books());
        out.printf(Locale.UK, "%-12s %14s %16s %22s %18s%n", "density", "median time s", "mean net",
                "median half width", "sd of the net");
        for (FocusRatio.Arm arm : List.of(a.against(), a.tried())) {
            out.printf(Locale.UK, "%-12d %14.2f %16s %22s %18s%n", arm == a.tried() ? density : 1,
                    arm.medianSeconds(), Formats.gbp(arm.meanNet()), Formats.gbp(arm.medianHalfWidth()) + " ("
                            + Formats.percent(arm.medianHalfWidth() / Math.abs(arm.meanNet())) + ")",
                    Formats.gbp(Math.sqrt(arm.variance())));
        }
        double[] gap = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            gap[k] = a.tried().net()[k] - a.against().net()[k];
        }
        Interval d = Interval.of(gap);
        out.printf(Locale.UK, "net at density %d minus at 1, mean over seeds: %s (95%% CI %s to %s): %s%n", density,
                Formats.gbp(d.mean()), Formats.gbp(d.low()), Formats.gbp(d.high()),
                d.covers(0) ? "they agree" : "they differ");
        double overall = (a.tried().meanNet() + a.against().meanNet()) / 2;
        out.printf(Locale.UK, "95%% intervals covering the mean over seeds and densities (%s): %d of %d at density 1,"
                + " %d of %d at density %d%n", Formats.gbp(overall), covering(a.against(), overall), seeds,
                covering(a.tried(), overall), seeds, density);
        out.printf(Locale.UK, "variance x time, density 1 over density %d: %.2f (one-sided 90%% lower bound %.2f)%n",
                density, a.ratio(), a.ratioLow90());
        FocusRatio.Arm kept = a.keptDense();
        out.printf(Locale.UK, "asked again with the base's denser runs kept (a later what-if of the sector): median"
                + " %.2f s, the same answers; variance x time, density 1 over it: %.2f (lower bound %.2f)%n",
                kept.medianSeconds(), a.keptDenseRatio(), a.keptDenseRatioLow90());
        out.flush();
        return 0;
    }

    /** The seeds whose interval covers {@code value}. */
    private static int covering(FocusRatio.Arm arm, double value) {
        int n = 0;
        for (int k = 0; k < arm.net().length; k++) {
            n += Math.abs(arm.net()[k] - value) <= arm.halfWidth()[k] ? 1 : 0;
        }
        return n;
    }
}
