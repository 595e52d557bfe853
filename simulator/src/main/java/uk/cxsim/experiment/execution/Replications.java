package uk.cxsim.experiment.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.RunCheckpoint;
import uk.cxsim.engine.SimulatedSectors;
import uk.cxsim.engine.Simulation;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Runs replications of a scenario: replication r draws every random stream from (seed, r, ...), so a replication
 * gives the same result alone, in any order, on any thread. With several replications and cores, replications run
 * side by side (each on one thread); a single replication spreads its sectors over the threads instead.
 */
public final class Replications {
    private Replications() {
    }

    /**
     * @param first    index of the first replication (replications first .. first + count - 1 are run)
     * @param progress told of simulated days done over all replications
     */
    public static List<RunSummary> run(ScenarioParams params, int first, int count, int threads,
                                       ProgressListener progress) {
        return run(params, params, first, count, threads, progress);
    }

    /**
     * Runs a what-if from its base's world: the base's equilibrium start and queue pools (see
     * {@link Simulation#run(ScenarioParams, ScenarioParams, int, int, ProgressListener)}).
     *
     * @param start the base scenario (the scenario itself when it is not a what-if)
     * @throws uk.cxsim.scenario.ScenarioException before running, if the runs cannot fit in the heap
     */
    public static List<RunSummary> run(ScenarioParams params, ScenarioParams start, int first, int count,
                                       int threads, ProgressListener progress) {
        return run(params, start, first, count, threads, progress, ReplicationStore.NONE);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, int, ProgressListener)}, keeping the replications
     * in {@code store} as they go: a replication {@code store} has finished is not run again, one it has a
     * checkpoint of continues from there, and the results are those of an uninterrupted run.
     */
    public static List<RunSummary> run(ScenarioParams params, ScenarioParams start, int first, int count,
                                       int threads, ProgressListener progress, ReplicationStore store) {
        return run(params, start, first, count, threads, progress, store, SpinUps.NONE);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, int, ProgressListener, ReplicationStore)}, each
     * replication starting from the spin-up {@code spinUps} holds for it (or keeping the one it makes there).
     */
    public static List<RunSummary> run(ScenarioParams params, ScenarioParams start, int first, int count,
                                       int threads, ProgressListener progress, ReplicationStore store,
                                       SpinUps spinUps) {
        return run(params, start, first, count, threads, progress, store, spinUps, SimulatedSectors.ALL);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, int, ProgressListener, ReplicationStore, SpinUps)},
     * simulating only the sectors {@code simulated} names.
     */
    public static List<RunSummary> run(ScenarioParams params, ScenarioParams start, int first, int count,
                                       int threads, ProgressListener progress, ReplicationStore store,
                                       SpinUps spinUps, SimulatedSectors simulated) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one replication");
        }
        HeapEstimate.requireFits(params, HeapEstimate.runsAtOnce(count, threads));
        int totalDays = params.totalDays() * count;
        AtomicInteger done = new AtomicInteger();
        // counted and told under one lock, so that replications side by side never tell a count out of order
        ProgressListener shared = (d, t) -> {
            synchronized (done) {
                progress.dayDone(done.incrementAndGet(), totalDays);
            }
        };
        if (count == 1 || threads <= 1) {
            List<RunSummary> out = new ArrayList<>();
            for (int r = first; r < first + count; r++) {
                out.add(new RunSummary(replication(params, start, r, threads, shared, done, store, spinUps,
                        simulated)));
            }
            return out;
        }
        RunSummary[] out = new RunSummary[count];
        new LocalRunExecutor(Math.min(threads, count)).runAll(count, k -> () -> replication(params, start, first + k,
                1, shared, done, store, spinUps, simulated), new RunExecutor.Results<RunRecord>() {
                    @Override
                    public void accept(int index, RunRecord result) {
                        out[index] = new RunSummary(result);
                    }

                    @Override
                    public void failed(int index, String error) {
                        throw new IllegalStateException("replication " + (first + index) + " failed: " + error);
                    }
                });
        return List.of(out);
    }

    /** One replication: kept, continued from its checkpoint, or run; days already done count as progress. */
    private static RunRecord replication(ScenarioParams params, ScenarioParams start, int r, int threads,
                                         ProgressListener progress, AtomicInteger done, ReplicationStore store,
                                         SpinUps spinUps, SimulatedSectors simulated) {
        Optional<RunRecord> finished = store.finished(r);
        if (finished.isPresent()) {
            done.addAndGet(params.totalDays());
            return finished.get();
        }
        Optional<RunCheckpoint> checkpoint = store.checkpoint(r);
        RunRecord record;
        if (checkpoint.isPresent()) {
            done.addAndGet(checkpoint.get().daysDone());
            record = Simulation.resume(checkpoint.get(), threads, progress, store.sink(r));
        } else {
            record = Simulation.run(params, start, r, threads, progress, store.sink(r), spinUps, simulated);
        }
        store.finish(record);
        return record;
    }
}
