package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.experiment.batch.AssumptionScreening;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.AssumptionReport;
import uk.cxsim.scenario.AssumptionGroups;
import uk.cxsim.workflow.AssumptionStudy;

/**
 * {@code cxsim assumptions}: which of the baseline's assumed parameters move each lever's UK net benefit most.
 * Morris screening over every group of assumptions, then Sobol indices on the groups that matter most, the noise of
 * the seeds apart (see {@link AssumptionScreening}).
 */
@Command(name = "assumptions")
public final class AssumptionsCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "BASE") Path base;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "LEVER") List<Path> levers = new ArrayList<>();
    @Option(names = "--groups", paramLabel = "FILE") Path groupsFile;
    @Option(names = "--trajectories", paramLabel = "R") int trajectories = 6;
    @Option(names = "--levels", paramLabel = "P") int levels = 4;
    @Option(names = "--top", paramLabel = "K") int top = 10;
    @Option(names = "--samples", paramLabel = "N") int samples = 8;
    @Option(names = "--seeds", paramLabel = "S") int seeds = 5;
    @Option(names = "--sobol-groups", split = ",", paramLabel = "GROUP") List<String> sobolGroups = new ArrayList<>();
    @Option(names = "--bootstrap", paramLabel = "B") int bootstrap = 1000;
    @Mixin OutputOption out = new OutputOption();
    @Mixin SimulationOptions sim = new SimulationOptions();

    @Override
    public Integer call() {
        sim.execution.check();
        OptionCheck.atLeast("--trajectories", trajectories, 2);
        OptionCheck.atLeast("--levels", levels, 2);
        OptionCheck.atLeast("--top", top, 1);
        OptionCheck.atLeast("--samples", samples, 2);
        OptionCheck.atLeast("--seeds", seeds, 2);
        OptionCheck.atLeast("--bootstrap", bootstrap, 10);
        AssumptionGroups grouping = groupsFile == null ? AssumptionGroups.builtIn()
                : AssumptionGroups.load(groupsFile);
        AssumptionStudy.Plan plan = AssumptionStudy.plan(new AssumptionStudy.Request(sim.scenario.named(base),
                levers.stream().map(sim.scenario::named).toList(), grouping, trajectories, levels, top, samples, seeds,
                bootstrap, sobolGroups));
        Path target = out.orDefault("assumptions", plan.base().name());
        ScreeningResult result;
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec));
             RunExecutor executor = new LocalRunExecutor(sim.execution.threads)) {
            try (ProgressCounter progress = ProgressCounter.onTerminal("assumptions", plan.days(), "days",
                    sim.execution.quiet)) {
                result = AssumptionStudy.run(plan, executor, progress::stepTo);
            }
            AssumptionStudy.write(plan, result, folder);
        }
        if (!sim.execution.quiet) {
            print(out(), result, target);
        }
        return 0;
    }

    private static void print(PrintWriter o, ScreeningResult r, Path folder) {
        for (String lever : r.levers()) {
            o.printf("%n%s: the assumptions that move its UK net benefit most%n", lever);
            List<String> ranking = r.ranking(lever);
            for (int i = 0; i < Math.min(AssumptionReport.LISTED, ranking.size()); i++) {
                String g = ranking.get(i);
                o.printf(Locale.UK, "  %d. %-36s ST %s%n", i + 1, g, r.index(lever, g, "ST")
                        .map(x -> String.format(Locale.UK, "%.2f", x.value())).orElse("not moved"));
            }
        }
        o.printf("Wrote %s%n", Console.displayPath(folder));
        o.flush();
    }
}
