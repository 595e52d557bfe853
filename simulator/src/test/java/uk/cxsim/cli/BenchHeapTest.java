package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.scenario.Scenarios;

/** A benchmark size gets 12 GiB unless it needs more, and then no more than 90% of the machine's memory. */
class BenchHeapTest {
    private static final long GIB = 1L << 30;

    @Test
    void sizesThatFitInTwelveGibGetTwelve() {
        assertEquals(12, BenchHeap.gib(6 * GIB, 24 * GIB));
        assertEquals(12, BenchHeap.gib(12 * GIB, 8 * GIB), "a small machine does not shrink the usual heap");
    }

    @Test
    void aLargerSizeGetsWhatItNeedsUpToNinetyPercentOfTheMachine() {
        assertEquals(20, BenchHeap.gib(20 * GIB - 5, 64 * GIB));
        assertEquals(21, BenchHeap.gib(28 * GIB, 24 * GIB), "floor of 0.9 x 24 GiB");
        assertEquals(12, BenchHeap.gib(28 * GIB, 8 * GIB));
    }

    @Test
    void theWholeUkPopulationGetsTwentyOneGibOnATwentyFourGibMachine() {
        long suggested = HeapEstimate.suggestedBytes(
                Scenarios.loadDefault(List.of("customers=50000000")).params(), 1);
        assertEquals(21, BenchHeap.gib(suggested, 24L * GIB));
    }
}
