package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import uk.cxsim.metrics.HandBuiltRun;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;

/** The sector and driver tables of a hand-built run: their columns, and each cell from the counters set. */
class RunTablesTest {
    private static final double FLOW = HandBuiltRun.FLOW;

    @Test
    void sectorsTableHasOneRowPerSectorWithItsSums() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(0, Metric.left(LeaveReason.TREATMENT), 3);
        run.measured.add(1, Metric.left(LeaveReason.TREATMENT), 1);
        run.measured.add(2, Metric.left(LeaveReason.COMPETITOR_OFFER), 5);
        run.measured.add(1, Metric.CONTACTS, 40);
        run.measured.add(0, Metric.QUEUED, 10);
        run.measured.add(1, Metric.ABANDONED, 4);
        run.measured.add(4, Metric.FAILURE_REPEATS_GBP, 7);
        Table t = RunTables.sectors(new RunSummary(run.record()));
        List<String> columns = t.columnNames();
        assertEquals(List.of("sector", "relationshipValueGbp", "relationshipsAtStart", "relationshipsAtEnd",
                "leavers"), columns.subList(0, 5));
        assertEquals("left." + LeaveReason.of(0).key(), columns.get(5));
        assertTrue(columns.containsAll(List.of("costOfPoorServiceGbp", "acquisitionCostGbp", "failureDemandGbp",
                Metric.FAILURE_REPEATS_GBP.key(), "lostSalesGbp", "contacts", "repeatContacts", "abandonRate",
                "meanWaitMinutes", "meanMinutesTrappedInIvr")));
        assertEquals(2, t.rowCount());
        assertEquals("Banking", t.stringColumn("sector").get(0));
        assertEquals("Energy", t.stringColumn("sector").get(1));
        assertEquals(300, t.doubleColumn("relationshipValueGbp").getDouble(0));
        assertEquals(900 * 250, t.doubleColumn("relationshipsAtStart").getDouble(0), 1e-9);
        assertEquals(790 * 250, t.doubleColumn("relationshipsAtEnd").getDouble(1), 1e-9);
        assertEquals(4 * FLOW * 300, t.doubleColumn("costOfPoorServiceGbp").getDouble(0), 1e-6);
        assertEquals(0, t.doubleColumn("costOfPoorServiceGbp").getDouble(1));
        assertEquals(5 * FLOW, t.doubleColumn("left.competitorOffer").getDouble(1), 1e-9);
        assertEquals(5 * FLOW, t.doubleColumn("leavers").getDouble(1), 1e-9);
        assertEquals(40 * FLOW, t.doubleColumn("contacts").getDouble(0), 1e-9);
        assertEquals(0.4, t.doubleColumn("abandonRate").getDouble(0), 1e-12);
        assertTrue(Double.isNaN(t.doubleColumn("abandonRate").getDouble(1)), "nobody queued in Energy");
        assertEquals(7 * FLOW, t.doubleColumn(Metric.FAILURE_REPEATS_GBP.key()).get(1), 1e-9);
    }

    @Test
    void driversTableSharesTreatmentLeaversWithinEachSector() {
        HandBuiltRun run = new HandBuiltRun();
        run.measured.add(0, Metric.driver(Driver.WAITED_TOO_LONG), 3);
        run.measured.add(1, Metric.driver(Driver.REPEAT_INFORMATION), 1);
        run.measured.add(3, Metric.misery(Driver.ISSUE_NOT_RESOLVED), 12);
        Table t = RunTables.drivers(new RunSummary(run.record()));
        assertEquals(List.of("sector", "driver", "miseries", "treatmentLeavers", "shareOfTreatmentLeavers"),
                t.columnNames());
        assertEquals(2 * Driver.COUNT, t.rowCount());
        int waited = Driver.WAITED_TOO_LONG.ordinal();
        assertEquals("Banking", t.stringColumn("sector").get(waited));
        assertEquals(Driver.WAITED_TOO_LONG.key(), t.stringColumn("driver").get(waited));
        assertEquals(3 * FLOW, t.doubleColumn("treatmentLeavers").getDouble(waited), 1e-9);
        assertEquals(0.75, t.doubleColumn("shareOfTreatmentLeavers").getDouble(waited), 1e-12);
        int energyIssue = Driver.COUNT + Driver.ISSUE_NOT_RESOLVED.ordinal();
        assertEquals(12 * FLOW, t.doubleColumn("miseries").getDouble(energyIssue), 1e-9);
        assertTrue(Double.isNaN(t.doubleColumn("shareOfTreatmentLeavers").getDouble(energyIssue)),
                "no treatment leavers in Energy to share");
    }
}
