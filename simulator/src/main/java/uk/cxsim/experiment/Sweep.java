package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
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
        requireFits(points, todo, build, threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread t = new Thread(runnable, "cxsim-sweep");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Ordered> completion = new ExecutorCompletionService<>(pool);
        List<SweepRow> failures = new ArrayList<>();
        TreeMap<Integer, SweepRow> waiting = new TreeMap<>();
        int next = 0;
        int submitted = 0;
        int finished = 0;
        try {
            int window = Math.max(1, threads) * 2;
            while (finished < todo.size()) {
                while (submitted < todo.size() && submitted - finished < window) {
                    int[] pr = todo.get(submitted);
                    int order = submitted;
                    completion.submit(() -> new Ordered(order, runOne(pr[0], pr[1], points.get(pr[0]), seed, build)));
                    submitted++;
                }
                Ordered done1 = completion.take().get();
                finished++;
                progress.dayDone(finished, todo.size());
                waiting.put(done1.order(), done1.row());
                while (waiting.containsKey(next)) {
                    SweepRow r = waiting.remove(next++);
                    sink.write(r);
                    if (r.failed()) {
                        failures.add(r);
                        if (failFast) {
                            throw new FailFastException("run failed at point " + r.point() + ", replication "
                                    + r.replication() + " (seed " + r.seed() + "): " + r.error());
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(todo.size(), skipped, failures);
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

    /** A row with its place in the plan. */
    private record Ordered(int order, SweepRow row) {
    }

    private static SweepRow runOne(int point, int replication, double[] values, long scenarioSeed,
                              Function<double[], ScenarioParams> build) {
        long seed = scenarioSeed;
        try {
            ScenarioParams p = build.apply(values);
            seed = p.seed();
            RunSummary s = new RunSummary(Simulation.run(p, replication, 1, ProgressListener.NONE));
            return new SweepRow(point, replication, values, seed, s.figures(), null);
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new SweepRow(point, replication, values, seed, null, msg);
        }
    }
}
