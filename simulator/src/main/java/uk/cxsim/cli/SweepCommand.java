package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.Design;
import uk.cxsim.experiment.batch.ParameterRange;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.results.BatchFile;

/** {@code cxsim sweep}: a scenario over a grid, Latin hypercube or Sobol design, streamed to disk, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario over a design of parameter values; one row per point and replication in "
                + "sweep.csv, written as runs finish; rerun with the same options to resume.")
public final class SweepCommand implements Callable<Integer> {
    enum DesignName { grid, lhs, sobol }

    @Spec
    CommandSpec spec;

    @Option(names = "--design", paramLabel = "DESIGN", description = "grid, lhs or sobol (default ${DEFAULT-VALUE})")
    DesignName design = DesignName.grid;

    @Option(names = "--samples", paramLabel = "N", description = "Points of an lhs or sobol design (default ${DEFAULT-VALUE})")
    int samples = 20;

    @Mixin
    BatchOptions options = new BatchOptions(
            new ParamOption("KEY=RANGE", "key=min:max:steps or key=v1,v2,...; a key with * varies one multiplier over "
                    + "every match (repeatable)"),
            new ReplicationsOption(1, "Replications per point (default ${DEFAULT-VALUE})"),
            new OutputOption("Output folder; an existing sweep folder is resumed (default: "
                    + "outputs/sweeps/<scenario>/<timestamp>)"));

    @Override
    public Integer call() {
        options.check();
        OptionCheck.atLeast("--samples", samples, 1);
        List<RangeOption> ranges = options.params.ranges(p -> RangeOption.parse(p, design == DesignName.grid));
        Batch batch = options.batch(ranges);
        Path folder = options.folder("sweeps", batch);
        Design d = Design.valueOf(design.name().toUpperCase(Locale.ROOT));
        List<ParameterRange> r = ranges.stream().map(RangeOption::range).toList();
        List<double[]> points = d.points(r, samples, batch.scenario().params().seed());
        BatchFile.Design manifest = BatchFile.Design.sweep(design.name(), points.size(), options.params.texts());
        Optional<Sweep.Outcome> o = options.run(batch, folder, manifest, points);
        if (o.isEmpty()) {
            return Main.FAILED;
        }
        int replications = options.replications.count();
        ChartBook.drawSweep(folder, batch.labels(), List.of("costOfPoorServiceGbp",
                "leaveReasonShares.treatment"), ChartContext.of(batch.scenario().params(), replications));
        if (!options.sim.execution.quiet) {
            spec.commandLine().getOut().printf("Wrote %ssweep.csv and charts/ (%d points x %d replications)%n",
                    Console.displayPath(folder), points.size(), replications);
        }
        return o.get().failures().isEmpty() ? 0 : Main.FAILED;
    }
}
