package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import uk.cxsim.metrics.Interval;

class HourlyMeansTest {

    /** Two replications, two phone hours each (one closed hour), and a chat row that must be ignored. */
    private static Table hourly() {
        return Table.create(
                IntColumn.create("replication", 0, 0, 0, 1, 1, 1, 0),
                StringColumn.create("channel", "phone", "phone", "phone", "phone", "phone", "phone", "chat"),
                IntColumn.create("hour", 7, 8, 8, 7, 8, 8, 8),
                DoubleColumn.create("queueArrivals", 0, 100, 300, 0, 200, 200, 50),
                DoubleColumn.create("abandonRate", Double.NaN, 0.02, 0.06, Double.NaN, 0.04, 0.08, 0.9));
    }

    @Test
    void eachReplicationIsWeightedByItsCallsThenTheReplicationsAreAveraged() {
        Map<Integer, Interval> m = HourlyMeans.of(hourly(), "phone", "abandonRate", 100);
        assertEquals(List.of(8), List.copyOf(m.keySet()), "the closed hour is left out");
        Interval i = m.get(8);
        // replication 0: (100 x 2% + 300 x 6%) / 400 = 5%; replication 1: (200 x 4% + 200 x 8%) / 400 = 6%
        assertEquals(5.5, i.mean(), 1e-12);
        assertEquals(2, i.n());
        assertEquals(Interval.of(new double[] {5, 6}).halfWidth(), i.halfWidth(), 1e-12);
        assertEquals(List.of(i.halfWidth()), ErrorBars.halfWidths(m.values()));
    }

    @Test
    void oneReplicationHasNoIntervalAndDrawsNone() {
        Table one = hourly().where(hourly().intColumn("replication").isEqualTo(0));
        Map<Integer, Interval> m = HourlyMeans.of(one, "phone", "abandonRate", 100);
        assertEquals(5.0, m.get(8).mean(), 1e-12);
        assertTrue(Double.isNaN(m.get(8).halfWidth()));
        assertEquals(List.of(0.0), ErrorBars.halfWidths(m.values()));
    }
}
