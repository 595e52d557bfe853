package uk.cxsim.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one way cxsim runs work on several threads: pools of named daemon threads (a stopped program does not wait
 * for them), and a task's failure rethrown as itself on the thread that waits for it. The engine runs a run's sectors
 * side by side with it; the run executors run whole runs with it.
 */
public final class Parallel {
    private Parallel() {
    }

    /** A pool of {@code threads} daemon threads named {@code name}. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs every task on the pool and waits for all of them; the first failure is rethrown. */
    public static <T> void all(ExecutorService pool, List<? extends Callable<T>> tasks) {
        try {
            for (Future<?> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    /** What a task threw: the runtime exception itself, or the checked one wrapped. */
    public static RuntimeException unwrapped(ExecutionException e) {
        return e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
}
