package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.cxsim.chart.ChartContext;
import uk.cxsim.chart.ChartWriter;
import uk.cxsim.chart.EnsembleCharts;
import uk.cxsim.experiment.calibration.Calibration;
import uk.cxsim.experiment.calibration.HistoryMatching;
import uk.cxsim.experiment.calibration.Implausibility;
import uk.cxsim.experiment.calibration.MatchedPoint;
import uk.cxsim.experiment.calibration.TradeOffs;
import uk.cxsim.metrics.Check;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.EnsembleTable;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.EnsembleFile;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetSet;

/**
 * History matching for K parameter sets that all fit the evidence ({@code cxsim calibrate --ensemble K}), then its
 * folder: ensemble.yaml, ensemble.csv, points.csv, measures.csv (each target's tolerance and noise) and a chart per
 * pair of parameters that trades off, staged and moved like every command.
 */
public final class EnsembleMatching {
    /** Pairs of parameters charted: the most correlated across the members. */
    public static final int PAIR_CHARTS = 6;

    /** What to match, at which size, and where to write. */
    public record Job(Path scenario, Path targets, TargetSet set, ScenarioParams base, Path out, int replications,
               int pilotReplications, int threads, boolean quiet) {
    }

    private EnsembleMatching() {
    }

    /** Told of each point matched: the point and how many members have been found so far. */
    @FunctionalInterface
    public interface Progress {
        void matched(MatchedPoint point, int members);
    }

    /** What a matching found, how long it took, and where its files went. */
    public record Outcome(HistoryMatching.Result result, List<ParameterBinding> bindings, double wallSeconds,
                          Path folder) {
    }

    /** Matches, then writes the folder (staged, then moved into place). */
    public static Outcome run(Job job, Calibration calibration, HistoryMatching.Settings settings,
                              Progress progress) {
        List<ParameterBinding> bindings = calibration.bindings();
        long start = System.nanoTime();
        try (RunFolder folder = RunFolder.prepare(job.out())) {
            HistoryMatching.Result result = calibration.matchHistory(settings, job.replications(),
                    job.pilotReplications(), job.threads(), progress::matched);
            double wall = (System.nanoTime() - start) / 1e9;
            write(folder, job, bindings, result, settings, wall);
            folder.commit();
            return new Outcome(result, bindings, wall, folder.target());
        }
    }

    private static void write(RunFolder folder, Job job, List<ParameterBinding> bindings,
                              HistoryMatching.Result result, HistoryMatching.Settings settings, double wall) {
        List<String> labels = bindings.stream().map(ParameterBinding::label).toList();
        List<String> targets = job.set().fitted().stream()
                .map(t -> t instanceof Target.Value v ? v.metric() : t.name()).toList();
        List<EnsembleTable.Row> memberRows = new ArrayList<>();
        List<EnsembleFile.Member> members = new ArrayList<>();
        List<Double> implausibility = new ArrayList<>();
        for (int i = 0; i < result.members().size(); i++) {
            MatchedPoint p = result.members().get(i);
            String name = memberName(i);
            memberRows.add(row(name, p, job.set().fitted()));
            members.add(new EnsembleFile.Member(name, assignments(bindings, p.values())));
            implausibility.add(p.implausibility());
        }
        List<EnsembleTable.Row> pointRows = result.points().stream()
                .map(p -> row(Integer.toString(p.index()), p, job.set().fitted())).toList();
        folder.writeText("ensemble.csv", EnsembleTable.members(labels, targets, memberRows));
        folder.writeText("points.csv", EnsembleTable.points(labels, targets, pointRows));
        folder.writeText("measures.csv", EnsembleTable.measures(result.measures().stream()
                .map(m -> new EnsembleTable.Measure(m.name(), m.expected(), m.tolerance(),
                        Math.sqrt(m.noiseVariance()))).toList()));
        EnsembleFile.Provenance how = new EnsembleFile.Provenance(job.base().name() + "-ensemble", job.targets(),
                job.base().customers(), job.replications(), job.base().seed(), header(job, result, settings, wall));
        if (!members.isEmpty()) {
            folder.writeText("ensemble.yaml", EnsembleFile.yaml(job.scenario(), job.out(), how, members,
                    implausibility));
        }
        ChartContext c = ChartContext.of(job.base(), job.replications());
        boolean byMembers = result.members().size() >= 3;
        List<double[]> fitting = (byMembers ? result.members()
                : result.points().stream().filter(MatchedPoint::plausible).toList())
                .stream().map(MatchedPoint::values).toList();
        for (TradeOffs.Pair pair : TradeOffs.strongest(fitting, PAIR_CHARTS)) {
            EnsembleCharts.PairPoints xy = split(result.points(), pair.first(), pair.second());
            String x = labels.get(pair.first());
            String y = labels.get(pair.second());
            ChartWriter.write(folder.staging().resolve("charts"), "pair-" + ChartWriter.slug(y) + "-vs-"
                    + ChartWriter.slug(x), EnsembleCharts.pair(x, y, xy, pair.correlation(),
                    byMembers ? "members" : "plausible points", c));
        }
    }

    private static List<String> header(Job job, HistoryMatching.Result result, HistoryMatching.Settings settings,
                                       double wall) {
        return List.of(
                String.format(Locale.UK, "Made by cxsim calibrate --ensemble %d against %s (%s): history matching,",
                        settings.members(), job.targets(), job.set().name()),
                String.format(Locale.UK, "%d evaluations in %d waves of %d (wave 1 a Latin hypercube, %.0f%% of each "
                                + "range either side of the start), %d replications of %,d customers, seed %d,",
                        result.evaluations(), result.waves(), settings.waveSize(), 100 * settings.around(),
                        job.replications(), job.base().customers(), job.base().seed()),
                String.format(Locale.UK, "noise from a pilot of %d replications at the start; %.0f s on %d threads. "
                                + "Every member has implausibility at most %.0f", job.pilotReplications(), wall,
                        job.threads(), Implausibility.CUTOFF),
                String.format(Locale.UK, "and passes every evidence check at this size: %d found of the %d asked "
                        + "for. Each member is the scenario with its keys set.", result.members().size(),
                        settings.members()));
    }

    private static EnsembleTable.Row row(String name, MatchedPoint p, List<Target> targets) {
        List<String> cells = new ArrayList<>();
        int measure = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t) instanceof Target.Value) {
                cells.add(EnsembleTable.cell(p.simulated()[measure++]));
            } else {
                List<Check> checks = p.checks();
                cells.add(checks.isEmpty() ? "" : Boolean.toString(checks.get(t).pass()));
            }
        }
        return new EnsembleTable.Row(name, p.wave(), p.values(), cells, p.implausibility(), p.plausible(),
                p.passes());
    }

    private static java.util.Map<String, Double> assignments(List<ParameterBinding> bindings, double[] values) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < bindings.size(); k++) {
            out.putAll(bindings.get(k).assignments(values[k]));
        }
        return out;
    }

    private static EnsembleCharts.PairPoints split(List<MatchedPoint> points, int i, int j) {
        List<double[]> out = new ArrayList<>();
        List<double[]> plausible = new ArrayList<>();
        List<double[]> members = new ArrayList<>();
        for (MatchedPoint p : points) {
            double[] xy = {p.values()[i], p.values()[j]};
            (p.member() ? members : p.plausible() ? plausible : out).add(xy);
        }
        return new EnsembleCharts.PairPoints(out, plausible, members);
    }

    public static String memberName(int i) {
        return String.format(Locale.ROOT, "m%02d", i + 1);
    }
}
