package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.whatif.Focus;

/**
 * The options of {@code bench} that measure what-ifs instead of the baseline's sizes: {@code --studio} (the reference
 * what-ifs, {@link StudioReferenceBench}), {@code --focus-ratio SEEDS} ({@link FocusRatioBench}),
 * {@code --coverage SEEDS} ({@link CoverageBench}), {@code --density SEEDS} ({@link DensityBench}) or
 * {@code --focus-density K --seeds N [--lever FILE]} ({@link DenserFocusBench}), at the studio's workshop size (the
 * coverage's small case) unless {@code --customers} and {@code --replications} say otherwise.
 */
final class WhatIfBenchOptions {
    @Option(names = "--studio") boolean studio;
    @Option(names = "--focus-ratio", paramLabel = "SEEDS") Integer focusRatio;
    @Option(names = "--coverage", paramLabel = "SEEDS") Integer coverage;
    @Option(names = "--density", paramLabel = "SEEDS") Integer density;
    @Option(names = "--focus-density", paramLabel = "K") Integer focusDensity;
    @Option(names = "--lever", paramLabel = "FILE") Path lever;
    @Option(names = "--seeds", paramLabel = "N") int seeds = 1;
    @Option(names = "--customers", paramLabel = "N") Integer customers;
    @Mixin ReplicationsOption replications = new ReplicationsOption(StudioCommand.WORKSHOP_REPLICATIONS).atLeast(2);

    /** Whether the studio is to be timed instead of the baseline's sizes. */
    boolean asked() {
        return studio || focusRatio != null || coverage != null || density != null || focusDensity != null;
    }

    /** Checks the options (bad input: one line, exit 2), then runs the benchmark asked for. */
    int run(int threads, PrintWriter out) throws IOException, InterruptedException {
        int n = customers != null ? customers
                : coverage != null ? CoverageBench.CUSTOMERS : StudioCommand.WORKSHOP_CUSTOMERS;
        OptionCheck.atLeast("--customers", n, 100);
        replications.check();
        if (lever != null && (focusDensity == null || coverage != null)) {
            throw new UserInputException("--lever names the what-if of --focus-density (without --coverage, which runs"
                    + " the reference)");
        }
        if (coverage != null) {
            OptionCheck.atLeast("--coverage", coverage, 3);
            int density = focusDensity == null ? 1 : OptionCheck.between("--focus-density", focusDensity, 1,
                    Focus.Mode.MAX_DENSITY);
            return CoverageBench.run(coverage, n, replications.count(), threads, density, out);
        }
        if (focusDensity != null) {
            OptionCheck.between("--focus-density", focusDensity, 2, Focus.Mode.MAX_DENSITY);
            OptionCheck.between("--seeds", seeds, 3, 100);
            return DenserFocusBench.run(focusDensity, lever, seeds, n, replications.count(), threads, out);
        }
        if (density != null) {
            OptionCheck.atLeast("--density", density, 3);
            return DensityBench.run(density, n, replications.count(), threads, out);
        }
        if (focusRatio != null) {
            OptionCheck.atLeast("--focus-ratio", focusRatio, 3);
            return FocusRatioBench.run(focusRatio, n, replications.count(), threads, out);
        }
        OptionCheck.between("--seeds", seeds, 1, 100);
        return StudioReferenceBench.run(n, replications.count(), threads, seeds, out);
    }
}
