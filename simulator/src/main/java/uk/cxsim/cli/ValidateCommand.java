package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.QueueChecks;
import uk.cxsim.experiment.Replications;
import uk.cxsim.experiment.TargetChecks;
import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.results.ValidationFile;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.scenario.TargetSet;

/**
 * {@code cxsim validate}: runs the baseline with replications and checks it against the evidence targets, and the
 * queue against Erlang C and Erlang A; prints check, expected, simulated, tolerance, pass/fail; exit 1 if any fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the UK baseline against the evidence and the queue against Erlang C and A "
                + "(exit code 1 if any check fails).",
        subcommands = {ValidateQueueCommand.class})
public final class ValidateCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to check (default: the UK baseline)")
    Path scenario;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Targets file (default: " + TargetFile.DEFAULT_FILE + ")")
    Path targets;

    @Option(names = "--replications", paramLabel = "R", description = "Replications (default ${DEFAULT-VALUE})")
    int replications = 5;


    @Option(names = "--no-queue", description = "Skip the queue checks against Erlang C and A")
    boolean noQueue;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default ${DEFAULT-VALUE})")
    Format format = Format.table;


    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Override
    public Integer call() {
        if (replications < 1 || execution.threads < 1) {
            throw new UserInputException("--replications and --threads must be at least 1");
        }
        TargetSet set = targets == null ? TargetFile.loadDefault() : TargetFile.load(targets);
        ScenarioParams p = options.load(scenario).params();
        List<Check> checks = new ArrayList<>();
        try (ProgressCounter progress = ProgressCounter.onTerminal("validate " + p.name(),
                (long) p.totalDays() * replications, "days", execution.quiet)) {
            ReplicatedFigures figures = new ReplicatedFigures(
                    Replications.run(p, 0, replications, execution.threads, progress));
            checks.addAll(TargetChecks.evaluate(set.targets(), figures));
        }
        if (!noQueue) {
            checks.addAll(QueueChecks.run(p.seed()));
        }
        if (format == Format.json) {
            List<ValidationFile.Check> rows = checks.stream().map(c -> new ValidationFile.Check(c.name(), c.expected(),
                    c.simulated(), c.tolerance(), c.pass(), c.source())).toList();
            spec.commandLine().getOut().print(Json.write(new ValidationFile(p.name(), p.customers(), replications,
                    rows)));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getOut().printf("%s: %,d customers, %d replications, %d measured days%n", p.name(),
                    p.customers(), replications, p.days());
            CheckTable.print(spec.commandLine().getOut(), checks);
        }
        return checks.stream().allMatch(Check::pass) ? 0 : Main.FAILED;
    }
}
