package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.experiment.execution.ReplicationStore;
import uk.cxsim.experiment.execution.SavedReplications;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.workflow.Build;
import uk.cxsim.workflow.RunRequest;
import uk.cxsim.workflow.ScenarioRun;

/** {@code cxsim run}: runs a scenario and writes its tables and summary. */
@Command(name = "run")
public final class RunCommand extends CliCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO") Path scenario;
    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--checkpoint-every-days", paramLabel = "N") Integer checkpointEveryDays;
    @Mixin ReplicationsOption replications = ReplicationsOption.fromScenario();
    @Mixin SimulationOptions sim = new SimulationOptions();

    @Override
    public Integer call() {
        sim.execution.check();
        replications.check();
        if (checkpointEveryDays != null) {
            OptionCheck.atLeast("--checkpoint-every-days", checkpointEveryDays, 1, "days between checkpoints");
        }
        LoadedScenario loaded = sim.scenario.load(scenario);
        Path target = out.orDefault(loaded.params().name());
        int every = checkpointEveryDays == null ? 0 : checkpointEveryDays;
        int count = replications.countOr(loaded.replications());
        RunRequest request = new RunRequest(loaded, count, every, LocalDateTime.now().toString(),
                Build.current());
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec))) {
            ReplicationStore store = ReplicationStore.NONE;
            if (every > 0) {
                request.saveTo(folder.checkpoints());
                store = new SavedReplications(folder.checkpoints(), every);
            }
            complete(folder, request, store, sim.execution, spec, false);
        }
        return 0;
    }

    /** Runs (or finishes) the request with a progress bar, then prints its summary. */
    static void complete(RunFolder folder, RunRequest request, ReplicationStore store, ExecutionOptions execution,
                         CommandSpec spec, boolean resumed) {
        ScenarioRun.Completed done;
        try (ProgressCounter progress = ProgressCounter.onTerminal(request.scenario().params().name(),
                ScenarioRun.days(request), "days", execution.quiet)) {
            done = ScenarioRun.complete(folder, request, store, execution.threads, progress, resumed);
        }
        if (!execution.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            SummaryPrinter.print(out, done.runs());
            if (store instanceof SavedReplications saved && saved.cost().checkpoints() > 0) {
                SavedReplications.Cost cost = saved.cost();
                out.printf("Saved %d checkpoints (%.0f MB) in %.1f s%n", cost.checkpoints(),
                        cost.bytes() / 1e6, cost.seconds());
            }
            out.printf("Wrote %s in %.1f s (simulating %.1f s; tables, charts and report %.1f s)%n",
                    Console.displayPath(folder.target()), done.simulatingSeconds() + done.writingSeconds(),
                    done.simulatingSeconds(), done.writingSeconds());
        }
    }
}
