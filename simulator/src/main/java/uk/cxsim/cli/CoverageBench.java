package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.output.Formats;
import uk.cxsim.workflow.WhatIfAtSeed;
import uk.cxsim.workflow.IntervalCoverage;

/**
 * {@code cxsim bench --coverage SEEDS}: the reference single-supplier what-if on a small UK baseline (a short year,
 * small spin-up) at SEEDS seeds, and how often its 95% interval of Albion Bank's net benefit holds the long-run
 * value (the mean of the other seeds' estimates); with {@code --focus-density K}, its sector re-run at K times the
 * customers.
 */
final class CoverageBench {
    /** The small case: customers, spin-up customers and days measured, unless the options say otherwise. */
    static final int CUSTOMERS = 2_000;
    private static final List<String> SMALL = List.of("spinUp.customers=2000", "days=120", "warmupDays=30");

    private CoverageBench() {
    }

    static int run(int seeds, int customers, int replications, int threads, int density, PrintWriter out) {
        List<String> keys = new ArrayList<>(SMALL);
        keys.add("customers=" + customers);
        WhatIfAtSeed scenarios = ReferenceWhatIf.loader("--coverage", keys);
        out.printf(Locale.UK, "Interval coverage, albion-crm-context on the UK baseline (%s): %d seeds, %,d "
                        + "customers, %d replications, focus auto at density %d, %d threads, %d cores%n",
                String.join(", ", SMALL), seeds, customers, replications, density, threads,
                Runtime.getRuntime().availableProcessors());
        out.flush();
        IntervalCoverage.Answer a = IntervalCoverage.measure(scenarios, seeds, replications, threads,
                Focus.Mode.AUTO.withDensity(density), (done, of) -> {
                    if (done % 10 == 0 || done == of) {
                        out.printf(Locale.UK, "  %d of %d seeds done%n", done, of);
                        out.flush();
                    }
                });
        double mean = java.util.Arrays.stream(a.estimates()).average().orElse(Double.NaN);
        double[] ci = a.coverageCi95();
        out.printf(Locale.UK, "long-run net benefit (mean over seeds) %s a year; the 95%% interval held the other "
                        + "seeds' mean in %d of %d seeds: %.1f%% (95%% CI %.1f%% to %.1f%%)%n", Formats.gbp(mean),
                a.covered(), a.seeds(), 100 * a.coverage(), 100 * ci[0], 100 * ci[1]);
        out.flush();
        return 0;
    }
}
