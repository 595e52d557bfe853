package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.ParameterRange;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.results.BatchFile;

/**
 * What the batch commands (sweep, sensitivity) share: the SCENARIO argument, --param, --replications, --out (a folder
 * that holds the same batch is resumed), --fail-fast, the scenario overrides, --threads, --quiet and the cluster
 * options; and running the batch.
 */
final class BatchOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO") Path scenario;
    @Mixin ParamOption params;
    @Mixin ReplicationsOption replications = new ReplicationsOption(1);
    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--fail-fast") boolean failFast;
    @Mixin SimulationOptions sim = new SimulationOptions();
    @Mixin ClusterOptions cluster = new ClusterOptions();
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    /** The options of a batch command, which labels a --param value {@code paramLabel} (one replication a point). */
    BatchOptions(String paramLabel) {
        this.params = new ParamOption(paramLabel);
    }

    /** A batch made ready: each --param as read, the batch over them and the folder it writes. */
    record Prepared(List<RangeOption> ranges, Batch batch, Path folder) {
        /** The ranges the design places its points in. */
        List<ParameterRange> parameterRanges() {
            return ranges.stream().map(RangeOption::range).toList();
        }

        /** The scenario's root seed, which also seeds the design. */
        long seed() {
            return batch.scenario().params().seed();
        }
    }

    /**
     * Checks --replications and --threads (bad input stops the command), reads each --param with {@code parse} and
     * names the folder: --out, else a new {@code outputs/<kind>/<scenario>/<timestamp>}.
     */
    Prepared prepare(String kind, Function<String, RangeOption> parse) {
        replications.check();
        sim.execution.check();
        List<RangeOption> ranges = params.ranges(parse);
        Batch batch = BatchConsole.batch(scenario, sim.scenario, ranges);
        return new Prepared(ranges, batch, out.orDefault(kind, batch.scenario().params().name()));
    }

    /**
     * Runs every point and replication not already in {@code folder}, showing progress and a line for each failure
     * and for the whole; empty if --fail-fast stopped the batch at a failed run, which is said on standard error.
     */
    Optional<Sweep.Outcome> run(Batch batch, Path folder, BatchFile.Design design, List<double[]> points) {
        try {
            return Optional.of(BatchConsole.run(batch, scenario, sim.scenario, folder, design, points,
                    replications.count(), sim.execution, cluster.executor(sim.execution.threads), failFast,
                    command.commandLine().getOut()));
        } catch (Sweep.FailFastException e) {
            command.commandLine().getErr().println("cxsim: " + e.getMessage());
            return Optional.empty();
        }
    }
}
