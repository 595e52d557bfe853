package uk.cxsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.LeaveReason;

class SectorTotalsTest {
    private static final int BANKING = 0;
    private static final int ENERGY = 1;

    @Test
    void sumsEachSectorsSuppliersOnly() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(0, Metric.CONTACTS, 10);
        run.measured.add(1, Metric.CONTACTS, 5);
        run.measured.add(2, Metric.CONTACTS, 1);
        run.measured.add(4, Metric.CONTACTS, 2);
        SectorTotals t = SectorTotals.of(run.record(), HandBuiltRun.FLOW);
        assertEquals(2, t.sectors());
        assertEquals(15, t.simulated(BANKING, Metric.CONTACTS));
        assertEquals(3, t.simulated(ENERGY, Metric.CONTACTS));
        assertEquals(15 * HandBuiltRun.FLOW, t.total(BANKING, Metric.CONTACTS), 1e-9);
        assertEquals(900, t.relationshipsAtStart(BANKING));
        assertEquals(790, t.relationshipsAtEnd(ENERGY));
    }

    @Test
    void ratesAreRatiosOfSectorSumsAndNaNWithNothingBelow() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(0, Metric.QUEUED, 30);
        run.measured.add(1, Metric.QUEUED, 10);
        run.measured.add(0, Metric.ABANDONED, 2);
        run.measured.add(1, Metric.ABANDONED, 6);
        run.measured.add(1, Metric.WAIT_MINUTES, 100);
        SectorTotals t = SectorTotals.of(run.record(), HandBuiltRun.FLOW);
        assertEquals(0.2, t.abandonRate(BANKING), 1e-12, "8 of 40, not the mean of 2/30 and 6/10");
        assertEquals(2.5, t.meanWaitMinutes(BANKING), 1e-12);
        assertTrue(Double.isNaN(t.abandonRate(ENERGY)));
        assertTrue(Double.isNaN(t.meanMinutesTrappedInIvr(BANKING)));
    }

    @Test
    void costOfPoorServiceIsTreatmentLeaversAtTheirSectorsValueWhereverItIsReported() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(0, Metric.left(LeaveReason.TREATMENT), 3);
        run.measured.add(1, Metric.left(LeaveReason.TREATMENT), 1);
        run.measured.add(3, Metric.left(LeaveReason.TREATMENT), 2);
        run.measured.add(3, Metric.left(LeaveReason.PRODUCT), 9);
        RunSummary s = new RunSummary(run.record());
        double banking = 4 * HandBuiltRun.FLOW * 300;
        double energy = 2 * HandBuiltRun.FLOW * 250;
        assertEquals(banking, s.sectors().get(BANKING).costOfPoorServiceGbp(), 1e-6);
        assertEquals(energy, s.sectors().get(ENERGY).costOfPoorServiceGbp(), 1e-6);
        assertEquals(banking + energy, s.costOfPoorServiceGbp(), 1e-6);
        assertEquals(3 * HandBuiltRun.FLOW * 300,
                s.supplierCostOfPoorServiceGbp(0, HandBuiltRun.PARAMS.sectors().get(BANKING)), 1e-6);
        assertEquals(2 * HandBuiltRun.FLOW, s.sectors().get(ENERGY).relationshipsLostToTreatment(), 1e-9);
        assertEquals(11 * HandBuiltRun.FLOW, s.sectors().get(ENERGY).leavers(), 1e-9);
    }

    @Test
    void supplierFiguresReadEachSupplierAlone() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(3, Metric.QUEUED, 8);
        run.measured.add(3, Metric.ANSWERED_IN_TARGET, 6);
        run.measured.add(4, Metric.QUEUED, 2);
        run.measured.add(4, Metric.AGENT_HOURS_PAID, 5);
        TallyRows suppliers = new RunSummary(run.record()).supplierFigures();
        assertEquals(0.75, suppliers.answeredWithinTargetShare(3), 1e-12);
        assertEquals(0, suppliers.answeredWithinTargetShare(4));
        assertTrue(Double.isNaN(suppliers.answeredWithinTargetShare(0)));
        assertEquals(5 * HandBuiltRun.FLOW, suppliers.total(4, Metric.AGENT_HOURS_PAID), 1e-9);
        assertEquals(5, suppliers.simulated(4, Metric.AGENT_HOURS_PAID));
    }
}
