package uk.cxsim.workflow;

import java.time.LocalDateTime;
import java.util.List;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.ReplicationStore;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.execution.SavedReplications;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.RunFolder;
import uk.cxsim.output.RunWriter;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.results.RunFile;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.scenario.TargetSet;

/**
 * A run of a scenario ({@code cxsim run}, and {@code cxsim resume} finishing one): its replications, then its
 * tables, run.json, charts and report in the folder, moved into place.
 */
public final class ScenarioRun {
    /**
     * What the run gave.
     *
     * @param simulatingSeconds wall time of the replications
     * @param writingSeconds    wall time of the tables, charts and report
     */
    public record Completed(List<RunSummary> runs, double simulatingSeconds, double writingSeconds) {
    }

    private ScenarioRun() {
    }

    /**
     * Runs (or finishes, from the store's checkpoints) the request's replications and writes the results, the report
     * and the manifest.
     *
     * @param resumed whether the run is being finished after it was stopped (the manifest says when)
     */
    public static Completed complete(RunFolder folder, RunRequest request, ReplicationStore store, int threads,
                                     ProgressListener progress, boolean resumed) {
        ScenarioParams p = request.scenario().params();
        long t0 = System.nanoTime();
        List<RunSummary> runs = Replications.run(p, p, 0, request.replications(), threads, progress, store);
        double wall = (System.nanoTime() - t0) / 1e9;
        RunFile manifest = manifest(request, runs, wall, threads);
        if (resumed) {
            manifest = manifest.resumed(LocalDateTime.now().toString());
        }
        if (store instanceof SavedReplications saved) {
            manifest = manifest.checkpointed(saved.cost().seconds());
        }
        long t1 = System.nanoTime();
        TargetSet evidence = TargetFile.loadDefault();
        RunWriter.write(folder, runs, manifest, evidence.metrics());
        ReportAfterRuns.drawThenCommit(folder, staging -> ReportWriter.write(staging, evidence));
        return new Completed(runs, wall, (System.nanoTime() - t1) / 1e9);
    }

    /** Days the request simulates, for a progress bar. */
    public static long days(RunRequest request) {
        return (long) request.scenario().params().totalDays() * request.replications();
    }

    private static RunFile manifest(RunRequest request, List<RunSummary> runs, double wall, int threads) {
        LoadedScenario loaded = request.scenario();
        ScenarioParams p = loaded.params();
        return new RunFile(p.name(), loaded.origin(), p.description(), p.seed(), runs.size(), p.customers(),
                p.population(), p.scaleFactor(), p.days(), p.warmupDays(), Build.version(), Build.gitCommit(),
                request.startedAt(), wall, threads,
                request.checkpointEveryDays() > 0 ? request.checkpointEveryDays() : null,
                System.getProperty("java.version"), runs.stream().mapToDouble(ScenarioRun::totalContacts).sum(),
                runs.stream().mapToLong(r -> r.record().events()).sum(), loaded.resolved(), null, null);
    }

    private static double totalContacts(RunSummary s) {
        double n = 0;
        for (int g = 0; g < s.record().wholeRun().suppliers(); g++) {
            n += s.record().wholeRun().get(g, Metric.CONTACTS);
        }
        return n;
    }
}
