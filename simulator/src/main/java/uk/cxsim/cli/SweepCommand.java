package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.experiment.Batch;
import uk.cxsim.experiment.Design;
import uk.cxsim.experiment.ParameterRange;
import uk.cxsim.experiment.Sweep;
import uk.cxsim.results.BatchFile;

/** {@code cxsim sweep}: a scenario over a grid, Latin hypercube or Sobol design, streamed to disk, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario over a design of parameter values; one row per point and replication in "
                + "sweep.csv, written as runs finish; rerun with the same options to resume.")
public final class SweepCommand implements Callable<Integer> {
    enum DesignName { grid, lhs, sobol }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario (default: the UK baseline)")
    Path scenario;

    @Option(names = "--param", required = true, paramLabel = "KEY=RANGE",
            description = "key=min:max:steps or key=v1,v2,...; a key with * varies one multiplier over every match "
                    + "(repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--design", paramLabel = "DESIGN", description = "grid, lhs or sobol (default ${DEFAULT-VALUE})")
    DesignName design = DesignName.grid;

    @Option(names = "--samples", paramLabel = "N", description = "Points of an lhs or sobol design (default ${DEFAULT-VALUE})")
    int samples = 20;

    @Option(names = "--replications", paramLabel = "R", description = "Replications per point (default ${DEFAULT-VALUE})")
    int replications = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; an existing sweep folder is resumed "
            + "(default: outputs/sweeps/<scenario>/<timestamp>)")
    Path out;


    @Option(names = "--fail-fast", description = "Stop at the first failed run")
    boolean failFast;


    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        if (replications < 1 || execution.threads < 1 || samples < 1) {
            throw new UserInputException("--replications, --samples and --threads must be at least 1");
        }
        List<RangeOption> ranges = new ArrayList<>();
        for (String p : params) {
            ranges.add(RangeOption.parse(p, design == DesignName.grid));
        }
        Batch batch = BatchConsole.batch(scenario, options, ranges);
        Path folder = out != null ? out : RunCommand.defaultFolder("sweeps", batch.scenario().params().name());
        Design d = Design.valueOf(design.name().toUpperCase(java.util.Locale.ROOT));
        List<ParameterRange> r = ranges.stream().map(RangeOption::range).toList();
        List<double[]> points = d.points(r, samples, batch.scenario().params().seed());
        BatchFile.Design manifest = BatchFile.Design.sweep(design.name(), points.size(), params);
        Sweep.Outcome o;
        try {
            o = BatchConsole.run(batch, scenario, options, folder, manifest, points, replications, execution,
                    cluster.executor(execution.threads), failFast, spec.commandLine().getOut());
        } catch (Sweep.FailFastException e) {
            spec.commandLine().getErr().println("cxsim: " + e.getMessage());
            return Main.FAILED;
        }
        ChartBook.drawSweep(folder, batch.labels(), List.of("costOfPoorServiceGbp",
                "leaveReasonShares.treatment"), Contexts.of(batch.scenario().params(), replications));
        if (!execution.quiet) {
            spec.commandLine().getOut().printf("Wrote %ssweep.csv and charts/ (%d points x %d replications)%n",
                    RunCommand.displayPath(folder), points.size(), replications);
        }
        return o.failures().isEmpty() ? 0 : Main.FAILED;
    }
}
