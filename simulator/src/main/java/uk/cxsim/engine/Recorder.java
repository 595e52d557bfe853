package uk.cxsim.engine;

import java.util.ArrayList;
import java.util.List;

import sim.engine.SimState;
import sim.engine.Steppable;

import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.SupplierState;

/**
 * The last phase of each day: counts the day's relationship-days, and snapshots the counters and suppliers once the
 * warm-up is over.
 */
final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CxModel model;
    private final SupplierTally tally;
    private final HourlyTally hourly;
    private final List<DailySnapshot> daily = new ArrayList<>();
    private SupplierTally baseline;
    private HourlyTally hourlyBaseline;
    private double[] measureStartCustomers;
    private double[][] measureStartByStage;
    private final SegmentTally[] segments;

    Recorder(CxModel model, SupplierTally tally, HourlyTally hourly, SegmentTally[] segments) {
        this.model = model;
        this.tally = tally;
        this.hourly = hourly;
        this.segments = segments;
        if (model.params.warmupDays() == 0) {
            markMeasurementStart();
        }
    }

    @Override
    public void step(SimState state) {
        for (SupplierState s : model.suppliers) {
            tally.add(s.globalIndex, Metric.RELATIONSHIP_DAYS, s.customers());
            tally.add(s.globalIndex, Metric.RELATIONSHIP_DAYS_FROM_RIVALS, s.fromRivals);
        }
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
        hourlyBaseline = hourly.copy();
        measureStartCustomers = customers();
        measureStartByStage = byStage();
        for (SegmentTally s : segments) {
            s.reset();
        }
    }

    private DailySnapshot snapshot(int measuredDay) {
        int n = model.suppliers.length;
        double[] reputation = new double[n];
        for (int g = 0; g < n; g++) {
            reputation[g] = model.suppliers[g].reputation;
        }
        return new DailySnapshot(measuredDay, tally.minus(baseline), customers(), byStage(), reputation);
    }

    private double[][] byStage() {
        double[][] byStage = new double[model.suppliers.length][];
        for (int g = 0; g < byStage.length; g++) {
            int[] held = model.suppliers[g].byStage;
            byStage[g] = new double[held.length];
            for (int st = 0; st < held.length; st++) {
                byStage[g][st] = held[st];
            }
        }
        return byStage;
    }

    private double[] customers() {
        double[] c = new double[model.suppliers.length];
        for (int g = 0; g < c.length; g++) {
            c[g] = model.suppliers[g].customers();
        }
        return c;
    }

    List<DailySnapshot> daily() {
        return daily;
    }

    SupplierTally measured() {
        return tally.minus(baseline);
    }

    HourlyTally measuredHourly() {
        return hourly.minus(hourlyBaseline);
    }

    double[] measureStartCustomers() {
        return measureStartCustomers;
    }

    double[][] measureStartByStage() {
        return measureStartByStage;
    }
}
