package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.results.BatchFile;

/**
 * What the batch commands (sweep, sensitivity) share: the SCENARIO argument, --param, --replications, --out (a folder
 * that holds the same batch is resumed), --fail-fast, the scenario overrides, --threads, --quiet and the cluster
 * options; and running the batch.
 */
final class BatchOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario (default: the UK baseline)")
    Path scenario;

    @Mixin
    ParamOption params;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    OutputOption out;

    @Option(names = "--fail-fast", description = "Stop at the first failed run")
    boolean failFast;

    @Mixin
    SimulationOptions sim = new SimulationOptions();

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The options of a batch command, which gives its own words for --param, --replications and --out. */
    BatchOptions(ParamOption params, ReplicationsOption replications, OutputOption out) {
        this.params = params;
        this.replications = replications;
        this.out = out;
    }

    /** Stops the command (bad input) on too few --replications or --threads. */
    void check() {
        replications.check();
        sim.execution.check();
    }

    /** The batch over {@code ranges} of the scenario (the built-in baseline if none is named) with the overrides. */
    Batch batch(List<RangeOption> ranges) {
        return BatchConsole.batch(scenario, sim.scenario, ranges);
    }

    /** The folder --out names, else a new {@code outputs/<kind>/<scenario>/<timestamp>}. */
    Path folder(String kind, Batch batch) {
        return out.orDefault(kind, batch.scenario().params().name());
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
