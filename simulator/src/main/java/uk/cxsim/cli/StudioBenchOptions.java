package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code bench} that time the studio instead of the baseline's sizes: {@code --studio} (the reference
 * what-ifs, {@link StudioReferenceBench}) or {@code --focus-ratio SEEDS} ({@link FocusRatioBench}), at the studio's
 * workshop size unless {@code --customers} and {@code --replications} say otherwise.
 */
final class StudioBenchOptions {
    @Option(names = "--studio", description = "Instead: time three reference what-ifs (one supplier, one sector, "
            + "every supplier) through the studio at its workshop size, on a fresh and on a kept base, with the "
            + "interval's half width as a share of the net benefit on the payer's books")
    boolean studio;

    @Option(names = "--focus-ratio", paramLabel = "SEEDS", description = "Instead: the reference single-supplier "
            + "what-if on a kept UK baseline over SEEDS seeds (at least 3), with --focus auto and --focus all: median "
            + "time, spread of the net benefit and the ratio of variance x time")
    Integer focusRatio;

    @Option(names = "--seeds", paramLabel = "N", description = "With --studio: also run the single-supplier "
            + "reference on N seeds (each a base of its own) and print the median times and half width (default "
            + "${DEFAULT-VALUE}: none)")
    int seeds = 1;

    @Option(names = "--customers", paramLabel = "N", description = "With --studio or --focus-ratio: simulated "
            + "customers (default ${DEFAULT-VALUE}, the studio's)")
    int customers = StudioCommand.WORKSHOP_CUSTOMERS;

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(StudioCommand.WORKSHOP_REPLICATIONS, "With --studio or "
            + "--focus-ratio: replications (default ${DEFAULT-VALUE}, the studio's)").atLeast(2);

    /** Whether the studio is to be timed instead of the baseline's sizes. */
    boolean asked() {
        return studio || focusRatio != null;
    }

    /** Checks the options (bad input: one line, exit 2), then runs the benchmark asked for. */
    int run(int threads, PrintWriter out) throws IOException, InterruptedException {
        OptionCheck.atLeast("--customers", customers, 100);
        replications.check();
        if (focusRatio != null) {
            OptionCheck.atLeast("--focus-ratio", focusRatio, 3);
            return FocusRatioBench.run(focusRatio, customers, replications.count(), threads, out);
        }
        OptionCheck.between("--seeds", seeds, 1, 100);
        return StudioReferenceBench.run(customers, replications.count(), threads, seeds, out);
    }
}
