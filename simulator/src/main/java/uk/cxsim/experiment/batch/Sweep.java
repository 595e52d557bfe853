package uk.cxsim.experiment.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.execution.RunTask;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SweepRow;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Runs a scenario at many points, several replications each. Runs go in parallel; rows reach the sink in
 * (point, replication) order, so the output is the same whatever the thread count. Rows the sink already holds
 * are skipped, which makes an interrupted sweep resumable. A failed run is reported with its seed and values and
 * the sweep goes on, unless asked to stop at the first failure.
 */
public final class Sweep {
    /** Where rows go. */
    public interface Sink {
        /** Keys ({@link SweepRow#key}) of rows already written by an earlier, interrupted sweep. */
        Set<Long> done();

        void write(SweepRow row);
    }

    /** What happened. */
    public record Outcome(int ran, int skipped, List<SweepRow> failures) {
    }

    /** Thrown when a run fails and the sweep was asked to stop. */
    public static final class FailFastException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FailFastException(String message) {
            super(message);
        }
    }

    private Sweep() {
    }

    /**
     * @param seed  the scenario's seed, reported with a run that fails before its scenario is built
     * @param build turns one point's values into a scenario (may throw for invalid values: a failed run)
     */
    public static Outcome run(List<double[]> points, int replications, long seed,
                              Function<double[], ScenarioParams> build, int threads, Sink sink, boolean failFast,
                              ProgressListener progress) {
        return run(points, replications, seed, build, new LocalRunExecutor(threads), sink, failFast, progress);
    }

    /** As above, the runs going wherever {@code executor} sends them; the rows are the same. */
    public static Outcome run(List<double[]> points, int replications, long seed,
                              Function<double[], ScenarioParams> build, RunExecutor executor, Sink sink,
                              boolean failFast, ProgressListener progress) {
        Set<Long> done = sink.done();
        List<int[]> todo = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replications; r++) {
                if (!done.contains(SweepRow.key(p, r))) {
                    todo.add(new int[]{p, r});
                }
            }
        }
        int skipped = points.size() * replications - todo.size();
        requireFits(points, todo, build, executor.runsAtOnce());
        List<SweepRow> failures = new ArrayList<>();
        TreeMap<Integer, SweepRow> waiting = new TreeMap<>();
        int[] next = {0};
        int[] finished = {0};
        executor.runAll(todo.size(), i -> task(todo.get(i), points, seed, build),
                new RunExecutor.Results<SweepRow>() {
                    @Override
                    public void accept(int index, SweepRow row) {
                        progress.dayDone(++finished[0], todo.size());
                        waiting.put(index, row);
                        while (waiting.containsKey(next[0])) {
                            SweepRow r = waiting.remove(next[0]++);
                            sink.write(r);
                            if (r.failed()) {
                                failures.add(r);
                                if (failFast) {
                                    throw new FailFastException("run failed at point " + r.point()
                                            + ", replication " + r.replication() + " (seed " + r.seed() + "): "
                                            + r.error());
                                }
                            }
                        }
                    }

                    @Override
                    public void failed(int index, String error) {
                        int[] pr = todo.get(index);
                        accept(index, new SweepRow(pr[0], pr[1], points.get(pr[0]), seed, null, error));
                    }
                });
        return new Outcome(todo.size(), skipped, failures);
    }

    /**
     * The task of one point and replication: the scenario is built where the task is made (a point whose values
     * are invalid gives a task that reports the error as a failed run), and the task runs it.
     */
    private static RunTask<SweepRow> task(int[] pr, List<double[]> points, long scenarioSeed,
                                          Function<double[], ScenarioParams> build) {
        int point = pr[0];
        int replication = pr[1];
        double[] values = points.get(point);
        ScenarioParams p;
        try {
            p = build.apply(values);
        } catch (RuntimeException e) {
            String msg = message(e);
            return () -> new SweepRow(point, replication, values, scenarioSeed, null, msg);
        }
        return () -> runOne(point, replication, values, p);
    }

    /**
     * Refuses the sweep at once if its first run, times the runs going at once, cannot fit in the heap (see
     * {@link HeapEstimate}); a point whose values are invalid is left to fail as a run.
     */
    private static void requireFits(List<double[]> points, List<int[]> todo, Function<double[], ScenarioParams> build,
                                    int threads) {
        if (todo.isEmpty()) {
            return;
        }
        ScenarioParams first;
        try {
            first = build.apply(points.get(todo.get(0)[0]));
        } catch (RuntimeException e) {
            return;
        }
        HeapEstimate.requireFits(first, Math.min(Math.max(1, threads), todo.size()));
    }

    private static SweepRow runOne(int point, int replication, double[] values, ScenarioParams p) {
        try {
            RunSummary s = new RunSummary(Simulation.run(p, replication, 1, ProgressListener.NONE));
            return new SweepRow(point, replication, values, p.seed(), s.figures(), null);
        } catch (RuntimeException e) {
            return new SweepRow(point, replication, values, p.seed(), null, message(e));
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
