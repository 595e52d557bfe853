package uk.cxsim.metrics;

import java.util.List;

import uk.cxsim.model.params.SectorParams;

/**
 * Every counter of a run summed over each sector's suppliers (in supplier order), and the sector's relationships at
 * the start and the end of the measured days. Built once from the run record; the run summary and every sector
 * table read their per-sector figures from it.
 */
public final class SectorTotals {
    private final SupplierTally measured;
    private final double[] startCustomers;
    private final double[] endCustomers;
    private final double flow;

    private SectorTotals(SupplierTally measured, double[] startCustomers, double[] endCustomers, double flow) {
        this.measured = measured;
        this.startCustomers = startCustomers;
        this.endCustomers = endCustomers;
        this.flow = flow;
    }

    /**
     * @param flow multiplies a simulated count over the measured days into a count per year in the population
     */
    public static SectorTotals of(RunRecord record, double flow) {
        List<SectorParams> sectors = record.params().sectors();
        SupplierTally sums = new SupplierTally(sectors.size());
        double[] start = new double[sectors.size()];
        double[] end = new double[sectors.size()];
        int[] last = record.last().customers();
        int g = 0;
        for (int s = 0; s < sectors.size(); s++) {
            for (int j = 0; j < sectors.get(s).suppliers().size(); j++, g++) {
                for (Metric m : Metric.values()) {
                    sums.add(s, m, record.measured().get(g, m));
                }
                start[s] += record.measureStartCustomers()[g];
                end[s] += last[g];
            }
        }
        return new SectorTotals(sums, start, end, flow);
    }

    public int sectors() {
        return startCustomers.length;
    }

    /** A counter summed over the sector's suppliers, in simulated units over the measured days. */
    public double simulated(int sector, Metric m) {
        return measured.get(sector, m);
    }

    /** A counter summed over the sector's suppliers, per year in the population if its unit is scaled. */
    public double total(int sector, Metric m) {
        double v = measured.get(sector, m);
        return m.unit().scaled() ? v * flow : v;
    }

    /** Simulated relationships in the sector when measurement started. */
    public double relationshipsAtStart(int sector) {
        return startCustomers[sector];
    }

    /** Simulated relationships in the sector on the last day. */
    public double relationshipsAtEnd(int sector) {
        return endCustomers[sector];
    }

    /** One counter over another within the sector; NaN if the denominator is zero. */
    public double ratio(int sector, Metric numerator, Metric denominator) {
        double d = measured.get(sector, denominator);
        return d > 0 ? measured.get(sector, numerator) / d : Double.NaN;
    }

    /** Share of the sector's queued contacts that were abandoned (NaN if none queued). */
    public double abandonRate(int sector) {
        return ratio(sector, Metric.ABANDONED, Metric.QUEUED);
    }

    /** Mean wait of the sector's queued contacts in minutes (NaN if none queued). */
    public double meanWaitMinutes(int sector) {
        return ratio(sector, Metric.WAIT_MINUTES, Metric.QUEUED);
    }

    /** Mean minutes a caller trapped in the sector's phone menus spent there (NaN if none was trapped). */
    public double meanMinutesTrappedInIvr(int sector) {
        return ratio(sector, Metric.TRAPPED_MINUTES, Metric.TRAPPED);
    }
}
