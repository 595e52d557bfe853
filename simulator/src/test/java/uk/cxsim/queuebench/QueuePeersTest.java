package uk.cxsim.queuebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.metrics.Interval;

/**
 * The three queues the benchmark times are the same queue: fed the same callers, cxsim's kernel and the event-per-call
 * queues on SSJ and on MASON's schedule count the same callers who wait and who hang up, and the shares cover Erlang A
 * within their batch-means intervals, at a Bonferroni level over all {@value #CHECKS} checks.
 */
class QueuePeersTest {
    static final int CHECKS = 6;
    static final double LEVEL = 1 - 0.05 / CHECKS;

    @ParameterizedTest(name = "{0} agents")
    @CsvSource({"11", "62", "600"})
    void theKernelAndBothEventQueuesMeetTheSameCallersAndErlangA(int agents) {
        QueueLoad load = QueueLoad.atOccupancy(agents, 0.95);
        long callers = 400_000;
        QueueTally kernel = KernelQueue.run(load, callers, 42);
        QueueTally ssj = SsjQueue.run(load, callers, 42);
        QueueTally mason = MasonQueue.run(load, callers, 42);
        assertEquals(kernel.waited(), ssj.waited(), "callers who waited, SSJ");
        assertEquals(kernel.abandoned(), ssj.abandoned(), "callers who hung up, SSJ");
        assertEquals(kernel.waited(), mason.waited(), "callers who waited, MASON");
        assertEquals(kernel.abandoned(), mason.abandoned(), "callers who hung up, MASON");

        ErlangFormulas.QueueStats erlang = load.erlangA();
        covers("P(wait)", kernel.probWaitByBatch(), erlang.probWait());
        covers("P(abandon)", kernel.abandonRateByBatch(), erlang.abandonRate());
    }

    private static void covers(String what, double[] batches, double expected) {
        Interval i = Interval.of(batches);
        double half = i.halfWidth(LEVEL);
        assertTrue(Math.abs(i.mean() - expected) <= half, what + ": simulated " + i.mean() + " +/- " + half
                + " (" + LEVEL * 100 + "% CI) does not cover Erlang A " + expected);
    }
}
