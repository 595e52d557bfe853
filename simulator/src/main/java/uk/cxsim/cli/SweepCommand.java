package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.Design;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.results.BatchFile;

/** {@code cxsim sweep}: a scenario over a grid, Latin hypercube or Sobol design, streamed to disk, resumable. */
@Command(name = "sweep")
public final class SweepCommand extends CliCommand {
    enum DesignName { grid, lhs, sobol }

    @Option(names = "--design", paramLabel = "DESIGN") DesignName design = DesignName.grid;
    @Option(names = "--samples", paramLabel = "N") int samples = 20;

    @Mixin BatchOptions options = new BatchOptions("KEY=RANGE");

    @Override
    public Integer call() {
        OptionCheck.atLeast("--samples", samples, 1);
        boolean grid = design == DesignName.grid;
        BatchOptions.Prepared prepared = options.prepare("sweeps", p -> RangeOption.parse(p, grid));
        Batch batch = prepared.batch();
        Path folder = prepared.folder();
        Design d = Design.valueOf(design.name().toUpperCase(Locale.ROOT));
        List<double[]> points = d.points(prepared.parameterRanges(), samples, prepared.seed());
        BatchFile.Design manifest = BatchFile.Design.sweep(design.name(), points.size(), options.params.texts());
        Optional<Sweep.Outcome> o = options.run(batch, folder, manifest, points);
        if (o.isEmpty()) {
            return Main.FAILED;
        }
        int replications = options.replications.count();
        ChartBook.drawSweep(folder, batch.labels(), List.of("costOfPoorServiceGbp",
                "leaveReasonShares.treatment"), ChartContext.of(batch.scenario().params(), replications));
        if (!options.sim.execution.quiet) {
            out().printf("Wrote %ssweep.csv and charts/ (%d points x %d replications)%n",
                    Console.displayPath(folder), points.size(), replications);
        }
        return o.get().failures().isEmpty() ? 0 : Main.FAILED;
    }
}
