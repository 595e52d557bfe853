package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.cxsim.chart.ChartContext;
import uk.cxsim.chart.ChartWriter;
import uk.cxsim.chart.EnsembleCharts;
import uk.cxsim.experiment.Calibration;
import uk.cxsim.experiment.HistoryMatching;
import uk.cxsim.experiment.Implausibility;
import uk.cxsim.experiment.MatchedPoint;
import uk.cxsim.experiment.TradeOffs;
import uk.cxsim.metrics.Check;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.EnsembleTable;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.EnsembleFile;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetSet;

/**
 * {@code cxsim calibrate --ensemble K}: history matching for K members that all fit, then ensemble.yaml,
 * ensemble.csv, points.csv, measures.csv (each target's tolerance and noise) and a chart per pair of parameters that
 * trades off, staged and moved like every command.
 */
final class EnsembleCalibration {
    /** Pairs of parameters charted: the most correlated across the members. */
    static final int PAIR_CHARTS = 6;

    /** What to match, at which size, and where to write. */
    record Job(Path scenario, Path targets, TargetSet set, ScenarioParams base, Path out, int replications,
               int pilotReplications, int threads, boolean quiet) {
    }

    private EnsembleCalibration() {
    }

    static int run(Job job, Calibration calibration, HistoryMatching.Settings settings, PrintWriter o) {
        List<ParameterBinding> bindings = calibration.bindings();
        long start = System.nanoTime();
        HistoryMatching.Result result;
        try (RunFolder folder = RunFolder.prepare(job.out());
             ProgressCounter progress = ProgressCounter.onTerminal("ensemble", settings.maxEvaluations(), "runs",
                     job.quiet())) {
            result = calibration.matchHistory(settings, job.replications(), job.pilotReplications(), job.threads(),
                    (point, members) -> {
                        progress.stepTo(point.index());
                        progress.extra(String.format(Locale.UK, "wave %d, %d of %d members", point.wave(), members,
                                settings.members()));
                    });
            progress.close();
            double wall = (System.nanoTime() - start) / 1e9;
            write(folder, job, bindings, result, settings, wall);
            folder.commit();
            if (!job.quiet()) {
                summary(o, job, bindings, result, settings, wall, folder.target());
            }
        }
        return 0;
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
        ChartContext c = Contexts.of(job.base(), job.replications());
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
                "and passes every evidence check at this size. Each member is the scenario with its keys set.");
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

    static String memberName(int i) {
        return String.format(Locale.ROOT, "m%02d", i + 1);
    }

    private static void summary(PrintWriter o, Job job, List<ParameterBinding> bindings,
                                HistoryMatching.Result result, HistoryMatching.Settings settings, double wall,
                                Path target) {
        long plausible = result.points().stream().filter(MatchedPoint::plausible).count();
        o.printf(Locale.UK, "%d evaluations in %d waves (%d replications of %,d customers, %.0f s): %d plausible "
                        + "(implausibility <= %.0f), %d members%n", result.evaluations(), result.waves(),
                job.replications(), job.base().customers(), wall, plausible, Implausibility.CUTOFF,
                result.members().size());
        if (result.members().size() < settings.members()) {
            o.printf(Locale.UK, "Found %d of the %d members asked for within %d evaluations; raise "
                            + "--max-evaluations or narrow --around to find more.%n", result.members().size(),
                    settings.members(), settings.maxEvaluations());
        }
        if (!result.members().isEmpty()) {
            o.println("Ranges across the members:");
            for (int k = 0; k < bindings.size(); k++) {
                int dim = k;
                double lo = result.members().stream().mapToDouble(p -> p.values()[dim]).min().orElseThrow();
                double hi = result.members().stream().mapToDouble(p -> p.values()[dim]).max().orElseThrow();
                o.printf(Locale.UK, "  %-60s %.4g to %.4g%n", bindings.get(k).label(), lo, hi);
            }
        }
        o.printf("Wrote %s%s%n", RunCommand.displayPath(target), result.members().isEmpty() ? " (no member: no "
                + "ensemble.yaml)" : " (ensemble.yaml lists the members as overlays of the scenario)");
        o.flush();
    }
}
