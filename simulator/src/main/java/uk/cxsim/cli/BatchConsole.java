package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.SweepRow;
import uk.cxsim.results.BatchFile;
import uk.cxsim.scenario.KeyOverride;

/** Runs a batch from the command line: a progress bar, and a line for each failed run and for the whole. */
final class BatchConsole {
    private BatchConsole() {
    }

    /**
     * A batch of the scenario file (null: the built-in baseline) with the command's overrides; a point's bad value
     * is reported under {@code --param}.
     */
    static Batch batch(Path scenario, ScenarioOptions options, List<RangeOption> ranges) {
        return new Batch(extra -> options.loadWith(scenario, extra.stream()
                .map(a -> new KeyOverride("--param", a)).toList()), ranges.stream().map(RangeOption::key).toList());
    }

    /** Runs every point and replication not already in the folder, on {@code executor} (closed at the end). */
    static Sweep.Outcome run(Batch batch, Path scenario, ScenarioOptions options, Path folder,
                             BatchFile.Design design, List<double[]> points, int replications,
                             ExecutionOptions execution, RunExecutor executor, boolean failFast, PrintWriter out) {
        BatchFile.Source source = new BatchFile.Source(scenario == null ? "(built-in) uk-baseline"
                : scenario.toAbsolutePath().normalize().toString(), options.sets);
        try (executor; Batch.Session session = batch.open(folder, source, design, points, replications);
             ProgressCounter progress = ProgressCounter.onTerminal(folder.getFileName().toString(), session.remaining(),
                     "runs", execution.quiet)) {
            if (!(executor instanceof LocalRunExecutor) && !execution.quiet) {
                out.printf("Running %d runs on %s%n", session.remaining(), executor.describe());
            }
            if (session.resuming() && !execution.quiet) {
                out.printf("Resuming %s: %d runs already done%n", Console.displayPath(folder), session.resumed());
            }
            Sweep.Outcome o = session.run(executor, failFast, progress);
            progress.close();
            for (SweepRow f : o.failures()) {
                out.printf(Locale.UK, "run failed: point %d, replication %d, seed %d, values %s: %s%n", f.point(),
                        f.replication(), f.seed(), Arrays.toString(f.values()), f.error());
            }
            if (!execution.quiet) {
                out.printf("%d runs done, %d skipped (already in the folder), %d failed (see failures.csv)%n",
                        o.ran() - o.failures().size(), o.skipped(), o.failures().size());
            }
            return o;
        }
    }
}
