package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import uk.cxsim.output.Formats;
import uk.cxsim.workflow.FocusRatio;
import uk.cxsim.workflow.WhatIfAtSeed;

/**
 * {@code cxsim bench --focus-ratio N}: the reference single-supplier what-if
 * ({@code scenarios/albion-crm-context.yaml}) on a kept UK baseline over N seeds, with {@code --focus auto} and
 * {@code --focus all}: median time to the comparison, the variance of Albion Bank's net benefit across seeds, and
 * the ratio of variance x time.
 */
final class FocusRatioBench {
    private FocusRatioBench() {
    }

    static int run(int seeds, int customers, int replications, int threads, PrintWriter out) {
        WhatIfAtSeed scenarios = ReferenceWhatIf.loader("--focus-ratio", List.of("customers=" + customers));
        out.printf(Locale.UK, "Focus on a kept UK baseline, albion-crm-context: %d seeds, %,d customers, %d "
                        + "replications, %d threads, %d cores, %s %s%n", seeds, customers, replications, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        out.flush();
        FocusRatio.Answer a = FocusRatio.measure(scenarios, seeds, replications, threads, (done, of) -> {
            out.printf(Locale.UK, "  seed %d of %d done%n", done, of);
            out.flush();
        });
        out.printf(Locale.UK, "net benefit a year on %s%n", a.books());
        out.printf(Locale.UK, "%-14s %16s %22s%n", "focus", "median time s", "sd of the net");
        out.printf(Locale.UK, "%-14s %16.2f %22s%n", "auto", a.tried().medianSeconds(),
                Formats.gbp(Math.sqrt(a.tried().variance())));
        out.printf(Locale.UK, "%-14s %16.2f %22s%n", "all", a.against().medianSeconds(),
                Formats.gbp(Math.sqrt(a.against().variance())));
        out.printf(Locale.UK, "variance x time, all over auto: %.2f (one-sided 90%% lower bound %.2f); seeds whose "
                + "two answers differ: %d%n", a.ratio(), a.ratioLow90(), FocusRatio.differing(a).size());
        out.flush();
        return 0;
    }
}
