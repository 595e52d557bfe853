package uk.cxsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.execution.RunTask;

/** What the Spark executor does with a task that breaks: Spark retries it, then the run is handed over as failed. */
class SparkRunExecutorTest {
    /** Attempts at the task that breaks (tasks run in this JVM on a local master). */
    static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @Test
    void aTaskThatKeepsFailingIsRetriedBySparkThenReportedAsFailedWithSparksReason() {
        Map<Integer, String> results = new TreeMap<>();
        Map<Integer, String> failures = new TreeMap<>();
        ATTEMPTS.set(0);
        // local[2,3]: two cores, and a task may fail three times before the job does
        try (RunExecutor spark = SparkRunExecutor.connect("local[2,3]")) {
            spark.runAll(1, i -> breaks(), new RunExecutor.Results<String>() {
                @Override
                public void accept(int index, String result) {
                    results.put(index, result);
                }

                @Override
                public void failed(int index, String error) {
                    failures.put(index, error);
                }
            });
        }
        assertEquals(3, ATTEMPTS.get(), "Spark tried the task three times");
        assertEquals(Map.of(), results);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("Spark job failed: "), failures.get(0));
        assertTrue(failures.get(0).contains("the run broke"), failures.get(0));
    }

    @Test
    void everyTaskIsHandedOverOnceWithItsOwnIndex() {
        Map<Integer, String> results = new TreeMap<>();
        try (RunExecutor spark = SparkRunExecutor.connect("local[2]")) {
            spark.runAll(7, i -> () -> "run " + i, new RunExecutor.Results<String>() {
                @Override
                public void accept(int index, String result) {
                    assertEquals(null, results.put(index, result), "task " + index + " twice");
                }

                @Override
                public void failed(int index, String error) {
                    throw new AssertionError(error);
                }
            });
        }
        assertEquals(7, results.size());
        results.forEach((i, r) -> assertEquals("run " + i, r));
    }

    private static RunTask<String> breaks() {
        return () -> {
            ATTEMPTS.incrementAndGet();
            throw new IllegalStateException("the run broke");
        };
    }
}
