package uk.cxsim.engine;

import java.util.ArrayList;
import java.util.List;

import sim.engine.SimState;
import sim.engine.Steppable;

import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.SupplierState;

/** The last phase of each day: snapshots the counters and suppliers once the warm-up is over. */
final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient CxModel model;
    private final transient SupplierTally tally;
    private final transient SectorEngine[] engines;
    private final transient List<DailySnapshot> daily = new ArrayList<>();
    private transient SupplierTally baseline;
    private transient HourlyTally hourlyBaseline = new HourlyTally();
    private transient int[] measureStartCustomers;

    Recorder(CxModel model, SupplierTally tally, SectorEngine[] engines) {
        this.model = model;
        this.tally = tally;
        this.engines = engines;
        if (model.params.warmupDays() == 0) {
            markMeasurementStart();
        }
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        int warmup = model.params.warmupDays();
        if (day == warmup - 1) {
            markMeasurementStart();
        } else if (day >= warmup) {
            daily.add(snapshot(day - warmup));
        }
    }

    private void markMeasurementStart() {
        baseline = tally.copy();
        hourlyBaseline = hourlyTotal();
        measureStartCustomers = customers();
    }

    private DailySnapshot snapshot(int measuredDay) {
        int n = model.suppliers.length;
        int[][] byStage = new int[n][];
        double[] reputation = new double[n];
        for (int g = 0; g < n; g++) {
            SupplierState s = model.suppliers[g];
            byStage[g] = s.byStage.clone();
            reputation[g] = s.reputation;
        }
        return new DailySnapshot(measuredDay, tally.minus(baseline), customers(), byStage, reputation);
    }

    private int[] customers() {
        int[] c = new int[model.suppliers.length];
        for (int g = 0; g < c.length; g++) {
            c[g] = model.suppliers[g].customers();
        }
        return c;
    }

    HourlyTally hourlyTotal() {
        HourlyTally h = new HourlyTally();
        for (SectorEngine e : engines) {
            h.addAll(e.hourly());
        }
        return h;
    }

    List<DailySnapshot> daily() {
        return daily;
    }

    SupplierTally measured() {
        return tally.minus(baseline);
    }

    HourlyTally measuredHourly() {
        return hourlyTotal().minus(hourlyBaseline);
    }

    int[] measureStartCustomers() {
        return measureStartCustomers;
    }
}
