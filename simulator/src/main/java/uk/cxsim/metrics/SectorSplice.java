package uk.cxsim.metrics;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.model.params.ScenarioParams;

/**
 * One run's record made of two runs of the same adults, size, days and replication: some sectors from a run that
 * simulated only them, the rest from a run of every sector. Since a sector's figures do not depend on which other
 * sectors run, the result is the record a run of every sector would have made, counter for counter; only the events
 * and times are the partial run's own (what it cost).
 */
public final class SectorSplice {
    private SectorSplice() {
    }

    /**
     * @param whole   a run of every sector (a comparison's base)
     * @param part    a run of the same adults that simulated {@code sectors}; its parameters are the result's
     * @param sectors the sectors taken from {@code part}, by index
     */
    public static RunRecord of(RunRecord whole, RunRecord part, int[] sectors) {
        check(whole, part);
        ScenarioParams p = part.params();
        int[] first = p.firstSuppliers();
        SupplierTally measured = whole.measured();
        SupplierTally wholeRun = whole.wholeRun();
        HourlyTally hourly = whole.hourly();
        int[] initial = whole.initialCustomers().clone();
        int[] measureStart = whole.measureStartCustomers().clone();
        int[][] byStage = whole.measureStartByStage().clone();
        List<DailySnapshot> daily = new ArrayList<>(whole.daily());
        for (int s : sectors) {
            int from = first[s];
            int to = first[s + 1];
            measured = measured.withRowsFrom(part.measured(), from, to);
            wholeRun = wholeRun.withRowsFrom(part.wholeRun(), from, to);
            if (hourly != null) {
                hourly = hourly.withSuppliersFrom(part.hourly(), from, to);
            }
            System.arraycopy(part.initialCustomers(), from, initial, from, to - from);
            System.arraycopy(part.measureStartCustomers(), from, measureStart, from, to - from);
            System.arraycopy(part.measureStartByStage(), from, byStage, from, to - from);
            for (int d = 0; d < daily.size(); d++) {
                daily.set(d, splice(daily.get(d), part.daily().get(d), from, to));
            }
        }
        Segments segments = whole.segments() == null ? null
                : whole.segments().withSectorsFrom(part.segments(), sectors);
        return new RunRecord(p, part.replication(), measured, wholeRun, initial, measureStart, byStage,
                List.copyOf(daily), hourly, segments, part.events(), part.wallSeconds(), part.spinUpSeconds());
    }

    private static DailySnapshot splice(DailySnapshot w, DailySnapshot part, int from, int to) {
        int[] customers = w.customers().clone();
        System.arraycopy(part.customers(), from, customers, from, to - from);
        boolean full = w.byStageKept();
        SupplierTally cumulative = w.cumulativeKept()
                ? w.cumulative().withRowsFrom(part.cumulative(), from, to) : null;
        int[][] byStage = null;
        double[] reputation = null;
        if (full) {
            byStage = w.byStage().clone();
            System.arraycopy(part.byStage(), from, byStage, from, to - from);
            reputation = w.reputation().clone();
            System.arraycopy(part.reputation(), from, reputation, from, to - from);
        }
        return new DailySnapshot(w.day(), cumulative, customers, byStage, reputation);
    }

    private static void check(RunRecord whole, RunRecord part) {
        ScenarioParams a = whole.params();
        ScenarioParams b = part.params();
        if (a.customers() != b.customers() || a.days() != b.days() || a.warmupDays() != b.warmupDays()
                || a.seed() != b.seed() || whole.replication() != part.replication()
                || a.sectors().size() != b.sectors().size() || whole.daily().size() != part.daily().size()) {
            throw new IllegalArgumentException("runs of different sizes, days, seeds or replications cannot be"
                    + " spliced: " + a.name() + " and " + b.name());
        }
    }
}
