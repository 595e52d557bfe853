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
        double[] initial = whole.initialCustomers().clone();
        double[] measureStart = whole.measureStartCustomers().clone();
        double[][] byStage = whole.measureStartByStage().clone();
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

    /**
     * A what-if's record of one replication whose {@code sectors} ran denser than its base: {@code kept}, the base's
     * run of every sector, with each of those sectors' figures moved by what the what-if's run {@code variant} changed
     * from the base's run {@code base}, both of those sectors alone at a larger size with the same seed. Counts move
     * by the change per simulated customer at the kept size; reputations (not counts) by the change itself. So the
     * what-if differs from the kept base only by a difference taken between runs of equal size, and its other sectors
     * are the kept base's, counter for counter.
     *
     * @param variant a run of the what-if; its parameters, at the kept size, are the result's
     */
    public static RunRecord shifted(RunRecord kept, RunRecord base, RunRecord variant, int[] sectors,
                                    ScenarioParams params) {
        checkDense(kept, base, variant);
        double f = (double) kept.params().customers() / base.params().customers();
        int[] first = params.firstSuppliers();
        SupplierTally measured = kept.measured();
        SupplierTally wholeRun = kept.wholeRun();
        HourlyTally hourly = kept.hourly();
        double[] initial = kept.initialCustomers().clone();
        double[] measureStart = kept.measureStartCustomers().clone();
        double[][] byStage = kept.measureStartByStage().clone();
        List<DailySnapshot> daily = new ArrayList<>(kept.daily());
        for (int s : sectors) {
            int from = first[s];
            int to = first[s + 1];
            measured = measured.withRowsShifted(base.measured(), variant.measured(), from, to, f);
            wholeRun = wholeRun.withRowsShifted(base.wholeRun(), variant.wholeRun(), from, to, f);
            if (hourly != null) {
                hourly = hourly.withSuppliersShifted(base.hourly(), variant.hourly(), from, to, f);
            }
            move(initial, base.initialCustomers(), variant.initialCustomers(), from, to, f);
            move(measureStart, base.measureStartCustomers(), variant.measureStartCustomers(), from, to, f);
            for (int g = from; g < to; g++) {
                byStage[g] = moved(byStage[g], base.measureStartByStage()[g], variant.measureStartByStage()[g], f);
            }
            for (int d = 0; d < daily.size(); d++) {
                daily.set(d, shifted(daily.get(d), base.daily().get(d), variant.daily().get(d), from, to, f));
            }
        }
        Segments segments = kept.segments() == null ? null
                : kept.segments().withSectorsShifted(base.segments(), variant.segments(), sectors, f);
        return new RunRecord(params, kept.replication(), measured, wholeRun, initial, measureStart, byStage,
                List.copyOf(daily), hourly, segments, variant.events(), variant.wallSeconds(),
                variant.spinUpSeconds());
    }

    private static DailySnapshot shifted(DailySnapshot k, DailySnapshot base, DailySnapshot variant, int from,
                                         int to, double f) {
        double[] customers = k.customers().clone();
        move(customers, base.customers(), variant.customers(), from, to, f);
        SupplierTally cumulative = k.cumulativeKept()
                ? k.cumulative().withRowsShifted(base.cumulative(), variant.cumulative(), from, to, f) : null;
        double[][] byStage = null;
        double[] reputation = null;
        if (k.byStageKept()) {
            byStage = k.byStage().clone();
            reputation = k.reputation().clone();
            for (int g = from; g < to; g++) {
                byStage[g] = moved(byStage[g], base.byStage()[g], variant.byStage()[g], f);
                reputation[g] += variant.reputation()[g] - base.reputation()[g];
            }
        }
        return new DailySnapshot(k.day(), cumulative, customers, byStage, reputation);
    }

    /** {@code here} plus ({@code variant} minus {@code base}) times {@code f}, element by element. */
    static double[] moved(double[] here, double[] base, double[] variant, double f) {
        double[] out = here.clone();
        move(out, base, variant, 0, out.length, f);
        return out;
    }

    /**
     * Adds ({@code variant} minus {@code base}) times {@code f} to the elements [{@code from}, {@code to}) of
     * {@code into}: every move of a count by a change made at another size.
     */
    static void move(double[] into, double[] base, double[] variant, int from, int to, double f) {
        for (int i = from; i < to; i++) {
            into[i] += (variant[i] - base[i]) * f;
        }
    }

    private static void checkDense(RunRecord kept, RunRecord base, RunRecord variant) {
        ScenarioParams k = kept.params();
        ScenarioParams b = base.params();
        ScenarioParams v = variant.params();
        if (b.customers() != v.customers() || b.customers() < k.customers() || k.days() != b.days()
                || v.days() != b.days() || k.warmupDays() != b.warmupDays() || k.seed() != b.seed()
                || v.seed() != b.seed() || kept.replication() != base.replication()
                || variant.replication() != base.replication() || kept.daily().size() != base.daily().size()
                || variant.daily().size() != base.daily().size()) {
            throw new IllegalArgumentException("a denser base and what-if must share the kept base's days, seed and"
                    + " replication, at one size no smaller than it: " + b.name() + " and " + v.name());
        }
    }

    private static DailySnapshot splice(DailySnapshot w, DailySnapshot part, int from, int to) {
        double[] customers = w.customers().clone();
        System.arraycopy(part.customers(), from, customers, from, to - from);
        boolean full = w.byStageKept();
        SupplierTally cumulative = w.cumulativeKept()
                ? w.cumulative().withRowsFrom(part.cumulative(), from, to) : null;
        double[][] byStage = null;
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
