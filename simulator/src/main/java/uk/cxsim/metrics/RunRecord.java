package uk.cxsim.metrics;

import java.io.Serializable;
import java.util.List;

import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Everything measured in one run, in simulated units (multiply counts by {@link #scaleFactor()} for the
 * population).
 *
 * @param measured          counters over the measured days (warm-up excluded)
 * @param wholeRun          counters over the whole run, warm-up included (for conservation checks)
 * @param initialCustomers  relationships per supplier when the run started
 * @param measureStartCustomers relationships per supplier when measurement started
 * @param daily             one snapshot per measured day
 * @param measureStartByStage relationships per supplier and loyalty stage when measurement started
 * @param hourly            queue measures by supplier, channel and hour of day over the measured days
 * @param segments          adults, relationships and departures by age band over the measured days
 * @param events            contact events simulated (contacts, queue arrivals and contact ends)
 * @param wallSeconds       elapsed time of the run, the equilibrium start's spin-up included
 * @param spinUpSeconds     elapsed time of the spin-up (0 without an equilibrium start)
 */
public record RunRecord(
        ScenarioParams params,
        int replication,
        SupplierTally measured,
        SupplierTally wholeRun,
        double[] initialCustomers,
        double[] measureStartCustomers,
        double[][] measureStartByStage,
        List<DailySnapshot> daily,
        HourlyTally hourly,
        Segments segments,
        long events,
        double wallSeconds,
        double spinUpSeconds) implements Serializable {

    public double scaleFactor() {
        return params.scaleFactor();
    }

    /**
     * The same run priced with other parameters: for the keys the simulation never reads (a business case's prices,
     * investments and appraisal), a run at the other values is this very run.
     */
    public RunRecord withParams(ScenarioParams other) {
        return new RunRecord(other, replication, measured, wholeRun, initialCustomers, measureStartCustomers,
                measureStartByStage, daily, hourly, segments, events, wallSeconds, spinUpSeconds);
    }

    public DailySnapshot last() {
        return daily.get(daily.size() - 1);
    }

    /**
     * This record as comparisons, sweeps and business cases hold it, a few percent of its size: every figure of
     * {@link RunSummary} and every business case reads the same from it, but the daily snapshots keep only the
     * relationships held per supplier, and their counters only at the end of each measured month (business cases
     * read them month by month), on the days the steady-state check reads, and on the last day, which also keeps
     * everything. A run's own tables (its time series) need the full record.
     */
    public RunRecord lean() {
        int days = daily.size();
        java.util.Set<Integer> counted = new java.util.HashSet<>(SteadyState.daysRead(days));
        for (int m = 0; m < Clock.months(days); m++) {
            counted.add(Clock.month(m, days)[1] - 1);
        }
        List<DailySnapshot> thin = new java.util.ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            DailySnapshot snapshot = daily.get(d);
            thin.add(d == days - 1 ? snapshot : snapshot.thinned(counted.contains(d)));
        }
        return new RunRecord(params, replication, measured, wholeRun, initialCustomers, measureStartCustomers,
                measureStartByStage, List.copyOf(thin), hourly, segments, events, wallSeconds, spinUpSeconds);
    }
}
