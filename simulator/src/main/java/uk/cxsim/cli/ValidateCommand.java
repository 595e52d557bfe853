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

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.scenario.TargetSet;
import uk.cxsim.workflow.Validation;

/**
 * {@code cxsim validate}: runs the baseline with replications and checks it against the evidence, grouped by role
 * (calibration, held-out, used in development, input), and the queue against Erlang C and Erlang A; exit 1 if any
 * counted check fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the UK baseline against its calibration targets and held-out evidence, and the queue "
                + "against Erlang C and A (exit code 1 if a calibration target or a check of the model fails; "
                + "with --strict, a held-out one too).",
        subcommands = {ValidateQueueCommand.class, ValidateMarketCommand.class})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to check (default: the UK baseline)")
    Path scenario;

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets file (repeatable; default: "
            + TargetFile.DEFAULT_FILE + " and the held-out evidence " + TargetFile.HELD_OUT_FILE + ")")
    List<Path> targets = new ArrayList<>();

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(5, "Replications (default ${DEFAULT-VALUE})");


    @Option(names = "--no-queue", description = "Skip the queue checks against Erlang C and A")
    boolean noQueue;

    @Option(names = "--strict", description = "Fail (exit code 1) when held-out evidence misses too, not only "
            + "a calibration target or a check of the model")
    boolean strict;

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    SimulationOptions sim = new SimulationOptions();

    @Override
    public Integer call() {
        replications.check();
        sim.execution.check();
        TargetSet set = targetSet();
        ScenarioParams p = sim.scenario.load(scenario).params();
        Validation.Report report;
        try (ProgressCounter progress = ProgressCounter.onTerminal("validate " + p.name(),
                Validation.days(p, set, replications.count()), "days", sim.execution.quiet)) {
            report = Validation.run(p, set, replications.count(), sim.execution.threads, !noQueue,
                    this::naturalExperiment, progress::stepTo);
        }
        if (format.json()) {
            spec.commandLine().getOut().print(Json.write(ValidationJson.of(report, strict)));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getOut().printf("%s: %,d customers, %d replications, %d measured days%n", p.name(),
                    p.customers(), replications.count(), p.days());
            CheckTable.print(spec.commandLine().getOut(), report, strict);
        }
        return report.passes(strict) ? 0 : Main.FAILED;
    }

    private TargetSet targetSet() {
        if (targets.isEmpty()) {
            return TargetFile.loadDefaultWithHeldOut();
        }
        TargetSet set = TargetFile.load(targets.get(0));
        for (Path more : targets.subList(1, targets.size())) {
            set = set.with(TargetFile.load(more));
        }
        return set;
    }

    /**
     * A natural experiment's scenario, with this command's overrides: only against the UK baseline, which the
     * experiments extend; null (the check reported as not run) for another scenario or a missing file.
     */
    private ScenarioParams naturalExperiment(String file) {
        Path path = Path.of(file);
        if (scenario != null || !path.toFile().isFile()) {
            return null;
        }
        return sim.scenario.load(path).params();
    }
}
