package uk.cxsim.metrics;

/**
 * Figures read row by row from a tally whose rows are suppliers (the run's own) or sectors (summed): a counter per
 * year in the population, and the service rates, each defined here once. A rate with nothing below it is NaN.
 */
public class TallyRows {
    private final SupplierTally tally;
    private final double flow;

    /**
     * @param flow multiplies a simulated count over the measured days into a count per year in the population
     */
    public TallyRows(SupplierTally tally, double flow) {
        this.tally = tally;
        this.flow = flow;
    }

    /** The counter in simulated units over the measured days. */
    public double simulated(int row, Metric m) {
        return tally.get(row, m);
    }

    /** The counter per year in the population if its unit is scaled (counts, minutes, GBP, hours). */
    public double total(int row, Metric m) {
        double v = tally.get(row, m);
        return m.unit().scaled() ? v * flow : v;
    }

    /** One counter over another; NaN if the denominator is zero. */
    public double ratio(int row, Metric numerator, Metric denominator) {
        double d = tally.get(row, denominator);
        return d > 0 ? tally.get(row, numerator) / d : Double.NaN;
    }

    /** Share of queued contacts that were abandoned. */
    public double abandonRate(int row) {
        return ratio(row, Metric.ABANDONED, Metric.QUEUED);
    }

    /** Mean wait of queued contacts, minutes. */
    public double meanWaitMinutes(int row) {
        return ratio(row, Metric.WAIT_MINUTES, Metric.QUEUED);
    }

    /** Mean minutes a caller trapped in a phone menu spent there. */
    public double meanMinutesTrappedInIvr(int row) {
        return ratio(row, Metric.TRAPPED_MINUTES, Metric.TRAPPED);
    }

    /** Share of queued contacts answered within their supplier's service-level threshold. */
    public double answeredWithinTargetShare(int row) {
        return ratio(row, Metric.ANSWERED_IN_TARGET, Metric.QUEUED);
    }
}
