package uk.cxsim.metrics;

import java.util.List;

import uk.cxsim.model.params.SectorParams;

/**
 * Every counter of a run summed over each sector's suppliers (in supplier order), read as {@link TallyRows} with
 * one row per sector, and the sector's relationships at the start and the end of the measured days. Built once
 * from the run record; the run summary and every sector table read their per-sector figures from it.
 */
public final class SectorTotals extends TallyRows {
    private final double[] startCustomers;
    private final double[] endCustomers;

    private SectorTotals(SupplierTally sums, double[] startCustomers, double[] endCustomers, double flow) {
        super(sums, flow);
        this.startCustomers = startCustomers;
        this.endCustomers = endCustomers;
    }

    /**
     * @param flow multiplies a simulated count over the measured days into a count per year in the population
     */
    public static SectorTotals of(RunRecord record, double flow) {
        List<SectorParams> sectors = record.params().sectors();
        SupplierTally sums = new SupplierTally(sectors.size());
        double[] start = new double[sectors.size()];
        double[] end = new double[sectors.size()];
        double[] last = record.last().customers();
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

    /** Simulated relationships in the sector when measurement started. */
    public double relationshipsAtStart(int sector) {
        return startCustomers[sector];
    }

    /** Simulated relationships in the sector on the last day. */
    public double relationshipsAtEnd(int sector) {
        return endCustomers[sector];
    }
}
