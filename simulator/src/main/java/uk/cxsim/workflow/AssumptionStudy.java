package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.batch.AssumptionScreening;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.AssumptionTables;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.AssumptionReport;
import uk.cxsim.scenario.AssumptionGroups;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterTable;

/**
 * Which assumed parameters move each lever's UK net benefit most, as {@code cxsim assumptions} asks: Morris screening
 * of every group of assumptions, then Sobol indices on the groups that matter most, the seeds' noise apart (see
 * {@link AssumptionScreening}); then the tables, the chart and the report. Planned first ({@link #plan}), so that bad
 * input is refused before anything runs.
 */
public final class AssumptionStudy {
    /**
     * A screening asked for.
     *
     * @param grouping    the groups of assumed parameters (resolved against the UK baseline's parameter table)
     * @param sobolGroups groups to estimate Sobol indices on without screening first, or empty
     */
    public record Request(NamedScenario base, List<NamedScenario> levers, AssumptionGroups grouping,
                          int trajectories, int levels, int top, int samples, int seeds, int bootstrap,
                          List<String> sobolGroups) {
    }

    /** A request with its scenarios and groups loaded and checked: nothing has run yet. */
    public static final class Plan {
        private final Request request;
        private final ScenarioParams base;
        private final List<AssumptionGroups.Group> groups;
        private final List<String> leverNames;
        private final AssumptionScreening.Settings settings;

        private Plan(Request request, ScenarioParams base, List<AssumptionGroups.Group> groups,
                     List<String> leverNames) {
            this.request = request;
            this.base = base;
            this.groups = groups;
            this.leverNames = leverNames;
            this.settings = new AssumptionScreening.Settings(request.trajectories(), request.levels(), request.top(),
                    request.samples(), request.seeds(), request.bootstrap(), base.seed(), request.sobolGroups());
        }

        /** The base as stated. */
        public ScenarioParams base() {
            return base;
        }

        /** Days the screening simulates, for a progress bar. */
        public long days() {
            return settings.worlds(groups.size()) * AssumptionWorlds.days(base, leverNames.size());
        }
    }

    private AssumptionStudy() {
    }

    /**
     * Loads the base and the levers (each must keep the base's market) and checks that every group's parameters
     * load at both ends of their ranges and that the Sobol groups named exist. Bad input throws.
     */
    public static Plan plan(Request r) {
        ScenarioParams base = r.base().load(List.of()).params();
        List<AssumptionGroups.Group> groups = r.grouping().resolve(ParameterTable.ukBaseline().requireComplete());
        for (int g = 0; g < groups.size(); g++) {
            for (double u : new double[] {0, 1}) {
                r.base().load(AssumptionWorlds.assignments(AssumptionScreening.overrides(groups, new int[] {g},
                        new double[] {u})));
            }
        }
        try {
            AssumptionScreening.chosen(groups, r.sobolGroups());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--sobol-groups: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (NamedScenario lever : r.levers()) {
            ScenarioParams p = lever.load(List.of("seed=" + base.seed())).params();
            WhatIfCompare.requireSameMarket(base, p, lever.label());
            names.add(p.name());
        }
        return new Plan(r, base, groups, names);
    }

    /** Runs the worlds of the screening on {@code executor}; {@code daysDone} is told of the days done. */
    public static ScreeningResult run(Plan p, RunExecutor executor, LongConsumer daysDone) {
        AssumptionWorlds runner = new AssumptionWorlds(p.request.base().params(),
                p.request.levers().stream().map(NamedScenario::params).toList(), executor,
                AssumptionWorlds.days(p.base, p.leverNames.size()), daysDone);
        return AssumptionScreening.run(p.groups, p.leverNames, p.settings, runner);
    }

    /** Writes the indices, the worlds, the seeds' noise, the groups, the chart and the report. */
    public static void write(Plan p, ScreeningResult result, RunFolder folder) {
        Request r = p.request;
        folder.writeText("sensitivity.csv", AssumptionTables.indices(result));
        folder.writeText("assumption_worlds.csv", AssumptionTables.worlds(result));
        folder.writeText("seed_noise.csv", AssumptionTables.noise(result));
        folder.writeText("assumption_groups.csv", AssumptionTables.groups(p.groups.stream().flatMap(g -> g
                .parameters().stream().map(a -> new AssumptionTables.GroupedKey(g.name(), a.key(), a.low(),
                        a.high()))).toList()));
        List<ChartBook.Drawn> charts = ChartBook.drawSensitivity(folder.staging(), "sobol",
                ChartContext.of(p.base, 1));
        String stages = r.sobolGroups().isEmpty() ? String.format(Locale.UK, "Morris %d trajectories on %d levels "
                + "over %d groups, Sobol %d rows over the top %d", r.trajectories(), r.levels(), p.groups.size(),
                r.samples(), result.kept().size()) : String.format(Locale.UK, "Sobol %d rows over %d groups chosen",
                r.samples(), result.kept().size());
        String setup = String.format(Locale.UK, "%s, %,d customers, %s measured days; %d worlds (each the base "
                + "and %d levers, one replication): %s, the stated world at %d seeds.", p.base.name(),
                p.base.customers(), p.base.days(), p.settings.worlds(p.groups.size()), r.levers().size(), stages,
                r.seeds());
        AssumptionReport.write(folder.staging(), "Which assumptions move each lever's case", setup, result,
                p.groups, charts);
        folder.commit();
    }
}
