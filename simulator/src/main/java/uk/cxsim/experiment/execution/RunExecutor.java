package uk.cxsim.experiment.execution;

import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * Where the runs of a batch (a sweep's points and replications, a comparison's scenarios and replications) execute:
 * threads on this machine ({@link LocalRunExecutor}) or a cluster (the Spark module's executor, found through
 * {@link RunExecutors}). The runs are independent and each carries its own seed, so where and in what order they
 * run does not change what they give.
 */
public interface RunExecutor extends AutoCloseable {
    /** Told of each run's result as it finishes: one call at a time, on the thread that called {@link #runAll}. */
    interface Results<R> {
        void accept(int index, R result);

        /** A run that could not be carried out at all (after any retries the executor makes), with why. */
        void failed(int index, String error);
    }

    /**
     * Runs tasks 0 to count - 1 and hands each result over as it finishes; returns when every one has. An exception
     * thrown by {@code results} stops the runs not yet finished and is rethrown.
     *
     * @param taskAt makes task i; called once per task, on any thread
     */
    <R extends Serializable> void runAll(int count, IntFunction<RunTask<R>> taskAt, Results<R> results);

    /** How many runs go at once (for the heap estimate of runs held in memory). */
    int runsAtOnce();

    /** Where the runs go, for the terminal and the manifest: "2 threads", "Spark local[2]". */
    String describe();

    /** Lets go of the cluster, if any. */
    @Override
    default void close() {
    }
}
