package uk.cxsim.experiment.execution;

import java.io.Serializable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

import uk.cxsim.engine.Parallel;

/**
 * Runs a batch on a pool of threads on this machine. At most twice as many runs as threads are started ahead of
 * the results handed over, so a long batch holds little in memory.
 */
public final class LocalRunExecutor implements RunExecutor {
    private final int threads;

    public LocalRunExecutor(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public <R extends Serializable> void runAll(int count, IntFunction<RunTask<R>> taskAt, Results<R> results) {
        ExecutorService pool = Parallel.pool("cxsim-run", threads);
        CompletionService<Finished<R>> completion = new ExecutorCompletionService<>(pool);
        int window = threads * 2;
        int submitted = 0;
        try {
            for (int finished = 0; finished < count; finished++) {
                while (submitted < count && submitted - finished < window) {
                    int index = submitted++;
                    completion.submit(() -> new Finished<>(index, taskAt.apply(index).run()));
                }
                Finished<R> done = completion.take().get();
                results.accept(done.index(), done.result());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw Parallel.unwrapped(e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public int runsAtOnce() {
        return threads;
    }

    @Override
    public String describe() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    private record Finished<R>(int index, R result) {
    }
}
