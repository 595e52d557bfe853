package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code bench} that measure what-ifs instead of the baseline's sizes: {@code --studio} (the reference
 * what-ifs, {@link StudioReferenceBench}), {@code --focus-ratio SEEDS} ({@link FocusRatioBench}),
 * {@code --coverage SEEDS} ({@link CoverageBench}) or {@code --density SEEDS} ({@link DensityBench}), at the studio's
 * workshop size (the coverage's small case) unless {@code --customers} and {@code --replications} say otherwise.
 */
final class WhatIfBenchOptions {
    @Option(names = "--studio", description = "Instead: time three reference what-ifs (one supplier, one sector, "
            + "every supplier) through the studio at its workshop size, on a fresh and on a kept base, with the "
            + "interval's half width as a share of the net benefit on the payer's books")
    boolean studio;

    @Option(names = "--focus-ratio", paramLabel = "SEEDS", description = "Instead: the reference single-supplier "
            + "what-if on a kept UK baseline over SEEDS seeds (at least 3), with --focus auto and --focus all: median "
            + "time, spread of the net benefit and the ratio of variance x time")
    Integer focusRatio;

    @Option(names = "--coverage", paramLabel = "SEEDS", description = "Instead: the reference single-supplier "
            + "what-if on a small UK baseline at SEEDS seeds (at least 3): how often its 95%% interval holds the "
            + "long-run net benefit (default size 2,000 customers)")
    Integer coverage;

    @Option(names = "--density", paramLabel = "SEEDS", description = "Instead: the reference single-supplier "
            + "what-if at the studio's size and at 200,000 customers on SEEDS seeds (at least 3): whether the base's "
            + "mean wait and the lever's effects agree across the sizes")
    Integer density;

    @Option(names = "--seeds", paramLabel = "N", description = "With --studio: also run the single-supplier "
            + "reference on N seeds (each a base of its own) and print the median times and half width (default "
            + "${DEFAULT-VALUE}: none)")
    int seeds = 1;

    @Option(names = "--customers", paramLabel = "N", description = "With --studio, --focus-ratio or --coverage: "
            + "simulated customers (default: the studio's, or 2,000 for --coverage)")
    Integer customers;

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(StudioCommand.WORKSHOP_REPLICATIONS, "With --studio, "
            + "--focus-ratio or --coverage: replications (default ${DEFAULT-VALUE}, the studio's)").atLeast(2);

    /** Whether the studio is to be timed instead of the baseline's sizes. */
    boolean asked() {
        return studio || focusRatio != null || coverage != null || density != null;
    }

    /** Checks the options (bad input: one line, exit 2), then runs the benchmark asked for. */
    int run(int threads, PrintWriter out) throws IOException, InterruptedException {
        int n = customers != null ? customers
                : coverage != null ? CoverageBench.CUSTOMERS : StudioCommand.WORKSHOP_CUSTOMERS;
        OptionCheck.atLeast("--customers", n, 100);
        replications.check();
        if (density != null) {
            OptionCheck.atLeast("--density", density, 3);
            return DensityBench.run(density, n, replications.count(), threads, out);
        }
        if (coverage != null) {
            OptionCheck.atLeast("--coverage", coverage, 3);
            return CoverageBench.run(coverage, n, replications.count(), threads, out);
        }
        if (focusRatio != null) {
            OptionCheck.atLeast("--focus-ratio", focusRatio, 3);
            return FocusRatioBench.run(focusRatio, n, replications.count(), threads, out);
        }
        OptionCheck.between("--seeds", seeds, 1, 100);
        return StudioReferenceBench.run(n, replications.count(), threads, seeds, out);
    }
}
