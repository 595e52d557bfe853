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

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.batch.AssumptionScreening;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.AssumptionTables;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.AssumptionReport;
import uk.cxsim.scenario.AssumptionGroups;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterTable;
import uk.cxsim.workflow.AssumptionWorlds;
import uk.cxsim.workflow.ParamsLoader;
import uk.cxsim.workflow.WhatIfCompare;

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
        LoadedScenario baseline = sim.scenario.load(base);
        AssumptionScreening.Settings settings = new AssumptionScreening.Settings(trajectories, levels, top, samples,
                seeds, bootstrap, baseline.params().seed(), sobolGroups);
        AssumptionGroups grouping = groupsFile == null ? AssumptionGroups.builtIn()
                : AssumptionGroups.load(groupsFile);
        List<AssumptionGroups.Group> groups = grouping.resolve(ParameterTable.ukBaseline().requireComplete());
        checkEnds(groups);
        try {
            AssumptionScreening.chosen(groups, sobolGroups);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--sobol-groups: " + e.getMessage());
        }
        List<ParamsLoader> leverLoaders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path lever : levers) {
            ScenarioParams p = sim.scenario.load(lever, List.of("seed=" + baseline.params().seed())).params();
            WhatIfCompare.requireSameMarket(baseline.params(), p, String.valueOf(lever));
            names.add(p.name());
            leverLoaders.add(extra -> sim.scenario.load(lever, extra).params());
        }
        Path target = out.orDefault("assumptions", baseline.params().name());
        int worlds = settings.worlds(groups.size());
        long worldDays = AssumptionWorlds.days(baseline.params(), levers.size());
        ScreeningResult result;
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec));
             RunExecutor executor = new LocalRunExecutor(sim.execution.threads)) {
            try (ProgressCounter progress = ProgressCounter.onTerminal("assumptions", worlds * worldDays, "days",
                    sim.execution.quiet)) {
                AssumptionWorlds runner = new AssumptionWorlds(extra -> sim.scenario.load(base, extra).params(),
                        leverLoaders, executor, worldDays, progress::stepTo);
                result = AssumptionScreening.run(groups, names, settings, runner);
            }
            folder.writeText("sensitivity.csv", AssumptionTables.indices(result));
            folder.writeText("assumption_worlds.csv", AssumptionTables.worlds(result));
            folder.writeText("seed_noise.csv", AssumptionTables.noise(result));
            folder.writeText("assumption_groups.csv", AssumptionTables.groups(groups.stream().flatMap(g -> g
                    .parameters().stream().map(a -> new AssumptionTables.GroupedKey(g.name(), a.key(), a.low(),
                            a.high()))).toList()));
            List<ChartBook.Drawn> charts = ChartBook.drawSensitivity(folder.staging(), "sobol",
                    ChartContext.of(baseline.params(), 1));
            String stages = sobolGroups.isEmpty() ? String.format(Locale.UK, "Morris %d trajectories on %d levels "
                    + "over %d groups, Sobol %d rows over the top %d", trajectories, levels, groups.size(), samples,
                    result.kept().size()) : String.format(Locale.UK, "Sobol %d rows over %d groups chosen", samples,
                    result.kept().size());
            String setup = String.format(Locale.UK, "%s, %,d customers, %s measured days; %d worlds (each the base "
                    + "and %d levers, one replication): %s, the stated world at %d seeds.", baseline.params().name(),
                    baseline.params().customers(), baseline.params().days(), worlds, levers.size(), stages, seeds);
            AssumptionReport.write(folder.staging(), "Which assumptions move each lever's case", setup, result,
                    groups, charts);
            folder.commit();
        }
        if (!sim.execution.quiet) {
            print(out(), result, target);
        }
        return 0;
    }

    /** Every group's parameters load at both ends of their ranges, on the base: refused in one line before a run. */
    private void checkEnds(List<AssumptionGroups.Group> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (double u : new double[] {0, 1}) {
                sim.scenario.load(base, AssumptionWorlds.assignments(AssumptionScreening.overrides(groups,
                        new int[] {g}, new double[] {u})));
            }
        }
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
