package uk.cxsim.experiment.execution;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.metrics.SweepRow;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Scenarios;

class HeapEstimateTest {
    private static final long GIB = 1L << 30;

    @Test
    void replicationsSideBySideMultiplyTheHeap() {
        assertEquals(1, HeapEstimate.runsAtOnce(1, 8), "one replication spreads its sectors, one population");
        assertEquals(1, HeapEstimate.runsAtOnce(5, 1));
        assertEquals(2, HeapEstimate.runsAtOnce(5, 2));
        assertEquals(3, HeapEstimate.runsAtOnce(3, 8));
        ScenarioParams p = TestScenarios.small("customers=1000000");
        long one = HeapEstimate.bytesNeeded(p, 1) - HeapEstimate.FIXED_BYTES;
        assertEquals(3 * one, HeapEstimate.bytesNeeded(p, 3) - HeapEstimate.FIXED_BYTES);
    }

    @Test
    void heapGrowsWithCustomersAndSectors() {
        ScenarioParams small = TestScenarios.small("customers=1000000");
        ScenarioParams twice = TestScenarios.small("customers=2000000");
        long perMillion = HeapEstimate.bytesNeeded(small, 1) - HeapEstimate.FIXED_BYTES;
        assertEquals(2 * perMillion, HeapEstimate.bytesNeeded(twice, 1) - HeapEstimate.FIXED_BYTES);
        ScenarioParams uk = Scenarios.loadDefault(List.of("customers=1000000")).params();
        assertTrue(uk.sectors().size() > small.sectors().size());
        assertTrue(HeapEstimate.bytesNeeded(uk, 1) > HeapEstimate.bytesNeeded(small, 1));
    }

    @Test
    void runTooBigIsRefusedWithWhatItNeedsAndTheSettingThatWouldDo() {
        ScenarioParams p = Scenarios.loadDefault(List.of("customers=50000000")).params();
        long needed = HeapEstimate.bytesNeeded(p, 1);
        String msg = assertThrows(ScenarioException.class, () -> HeapEstimate.requireFits(p, 1, needed - 1))
                .getMessage();
        long suggested = (long) Math.ceil(needed * HeapEstimate.HEADROOM / GIB);
        assertTrue(msg.startsWith("customers: 50,000,000 customers in " + p.sectors().size() + " sectors need about "),
                msg);
        assertTrue(msg.contains("GiB is available; run with CXSIM_JAVA_OPTS=-Xmx" + suggested + "g "), msg);
        assertDoesNotThrow(() -> HeapEstimate.requireFits(p, 1, needed));
    }

    @Test
    void aComparisonHoldingTooManyFinishedRunsIsRefusedNamingThem() {
        ScenarioParams p = Scenarios.loadDefault(List.of("customers=20000")).params();
        long perRun = HeapEstimate.resultBytes(p, 1);
        assertEquals((long) p.supplierCount() * (HeapEstimate.RESULT_BYTES_PER_SUPPLIER
                + p.days() * HeapEstimate.RESULT_BYTES_PER_SUPPLIER_DAY), perRun);
        long runs = 20L * 15 * 3;
        long needed = HeapEstimate.bytesNeeded(p, 2) + runs * perRun;
        HeapEstimate.requireResultsFit(p, runs, 2, "compare", "20 members x 15 scenarios x 3 replications", needed);
        ScenarioException e = assertThrows(ScenarioException.class, () -> HeapEstimate.requireResultsFit(p, runs, 2,
                "compare", "20 members x 15 scenarios x 3 replications", needed - 1));
        assertTrue(e.getMessage().startsWith("compare: 900 runs (20 members x 15 scenarios x 3 replications) keep "
                + "about"), e.getMessage());
        assertTrue(e.getMessage().contains("CXSIM_JAVA_OPTS=-Xmx"), e.getMessage());
    }

    @Test
    void sweepTooBigIsRefusedBeforeItsFirstRun() {
        ScenarioParams huge = TestScenarios.small("customers=100000000");
        List<SweepRow> written = new ArrayList<>();
        Sweep.Sink sink = new Sweep.Sink() {
            @Override
            public Set<Long> done() {
                return Set.of();
            }

            @Override
            public void write(SweepRow row) {
                written.add(row);
            }
        };
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.run(List.of(new double[] {1}), 1,
                huge.seed(), v -> huge, 1, sink, false, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("CXSIM_JAVA_OPTS=-Xmx"), e.getMessage());
        assertEquals(List.of(), written);
    }

    @Test
    void theBaselineAtItsOwnSizeFitsTheTestHeap() {
        ScenarioParams uk = Scenarios.loadDefault(List.of()).params();
        int runs = HeapEstimate.runsAtOnce(5, Runtime.getRuntime().availableProcessors());
        assertTrue(HeapEstimate.bytesNeeded(uk, runs) < Runtime.getRuntime().maxMemory() / 2,
                "estimate " + HeapEstimate.bytesNeeded(uk, runs) + " bytes");
    }
}
