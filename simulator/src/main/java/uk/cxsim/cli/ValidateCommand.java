package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
@Command(name = "validate",
        subcommands = {ValidateQueueCommand.class, ValidateMarketCommand.class})
public final class ValidateCommand extends CliCommand {
    @Option(names = "--scenario", paramLabel = "FILE") Path scenario;
    @Option(names = "--targets", paramLabel = "FILE") List<Path> targets = new ArrayList<>();
    @Mixin ReplicationsOption replications = new ReplicationsOption(5);


    @Option(names = "--no-queue") boolean noQueue;
    @Option(names = "--strict") boolean strict;
    @Mixin FormatOption format = new FormatOption();
    @Mixin SimulationOptions sim = new SimulationOptions();

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
            out().print(Json.write(ValidationJson.of(report, strict)));
            out().flush();
        } else {
            out().printf("%s: %,d customers, %d replications, %d measured days%n", p.name(),
                    p.customers(), replications.count(), p.days());
            CheckTable.print(out(), report, strict);
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
