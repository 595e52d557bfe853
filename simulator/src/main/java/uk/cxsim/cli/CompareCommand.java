package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Formats;
import uk.cxsim.output.RunFolder;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.workflow.NamedScenario;
import uk.cxsim.workflow.WhatIfCompare;

/**
 * {@code cxsim compare}: what-ifs against a baseline with common random numbers; paired differences with CIs and
 * GBP saved or lost a year.
 */
@Command(name = "compare")
public final class CompareCommand extends CliCommand {
    /** Figures shown on the terminal. */
    static final List<String> HEADLINE = List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
            "leaveReasonShares.treatment", "acquisitionCostGbp", "failureDemandGbp", "lostSalesGbp",
            "meanWaitMinutes", "abandonRate", "meanMinutesTrappedInIvr");

    @Parameters(index = "0", paramLabel = "BASE") Path base;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT") List<Path> variants = new ArrayList<>();

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(5)
            .atLeast(2, "paired intervals need them");

    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--years", paramLabel = "N") Integer years;
    @Option(names = "--ensemble", paramLabel = "FILE") Path ensemble;
    @Option(names = "--ranges") boolean ranges;
    @Option(names = "--question", paramLabel = "TEXT") String question;
    @Option(names = "--focus", paramLabel = "MODE") String focus = "auto";
    @Option(names = "--focus-density", paramLabel = "K") int focusDensity = 1;

    @Mixin SimulationOptions sim = new SimulationOptions();
    @Mixin ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        Focus.Mode focusMode = Focus.Mode.parse(focus).withDensity(focusDensity);
        if (focusDensity > 1 && cluster.spark) {
            throw new UserInputException("--focus-density runs on this machine only, not with --spark");
        }
        replications.check();
        sim.execution.check();
        if (question != null && (question.isBlank() || !ComparisonFile.questionFits(question))) {
            throw new UserInputException("--question must be one line of 1 to " + ComparisonFile.MAX_QUESTION
                    + " characters");
        }
        if (years != null && (years < 1 || years > 10 || sim.scenario.days != null)) {
            throw new UserInputException("--years must be 1 to 10, and cannot be given with --days");
        }
        List<NamedScenario> whatIfs = variants.stream().map(sim.scenario::named).toList();
        WhatIfCompare.Plan plan = WhatIfCompare.plan(new WhatIfCompare.Request(sim.scenario.named(base), whatIfs, years,
                replications.count(), sim.execution.threads, focusMode, ranges,
                ensemble == null ? null : WhatIfCompare.EnsembleSource.of(ensemble), sim.scenario.customers != null,
                question));
        Path target = out.orDefault("compare", plan.base().name());
        try (RunExecutor executor = cluster.executor(sim.execution.threads);
             RunFolder folder = RunFolder.prepare(target, Console.warnings(spec))) {
            WhatIfCompare.Ran ran;
            try (ProgressCounter progress = ProgressCounter.onTerminal(plan.onEnsemble() ? "ensemble" : "compare",
                    plan.days(), "days", sim.execution.quiet)) {
                ran = WhatIfCompare.run(plan, executor, progress::stepTo);
            }
            WhatIfCompare.Outcome outcome = WhatIfCompare.write(plan, ran, folder);
            if (!sim.execution.quiet) {
                print(out(), plan.base(), outcome.answer().results());
                BusinessCasePrinter.print(out(), outcome.answer().cases());
                for (EnsembleWhatIf w : outcome.acrossMembers()) {
                    EnsembleWhatIf.Case uk = w.uk();
                    out().printf(Locale.UK, "%s across %d worlds that fit the evidence: UK net "
                            + "benefit %s to %s a year in 90%% of them (median %s), pays back in %s of them%n",
                            w.variant(), w.members(), Formats.gbp(uk.netBenefit().p5()),
                            Formats.gbp(uk.netBenefit().p95()), Formats.gbp(uk.netBenefit().median()),
                            Formats.percent(uk.paysBackShare()));
                }
                out().printf("Wrote %s%n", Console.displayPath(folder.target()));
            }
        }
        return 0;
    }

    private void print(PrintWriter o, ScenarioParams base, Map<String, List<ComparisonRow>> results) {
        o.printf(Locale.UK, "Against %s, %d replications with common random numbers (difference: variant - baseline, "
                + "95%% CI)%n", base.name(), replications.count());
        results.forEach((name, rows) -> {
            o.printf("%n%s%n", name);
            o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", "figure", "baseline", "variant", "difference",
                    "GBP saved/year");
            for (ComparisonRow r : rows) {
                if (HEADLINE.contains(r.metric())) {
                    o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", r.metric(), Formats.number(r.baseline()),
                            Formats.number(r.variant()), Formats.withInterval(Formats.number(r.difference().mean()),
                                    Formats.number(r.difference().halfWidth())),
                            Double.isNaN(r.gbpSavedPerYear()) ? "" : Formats.number(r.gbpSavedPerYear()));
                }
            }
        });
        o.flush();
    }
}
