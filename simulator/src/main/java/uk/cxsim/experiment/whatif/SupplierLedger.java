package uk.cxsim.experiment.whatif;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.RunSummary;

/**
 * One replication's business-case lines for every supplier over a span of measured days: each line the variant's
 * profit item minus the baseline's, positive when it helps the supplier's profit. Each pound is counted once:
 * <ul>
 * <li>margin accrues on relationship-days actually held, in one line each: "from rivals" for relationships whose
 * latest start was won from a rival in the sector, "retained" for all others;</li>
 * <li>acquisition spend is the change in what the relationships actually gained cost, never a saving credited for
 * customers who were not replaced;</li>
 * <li>service cost is each run's agent hours paid at its own hourly cost, plus its cost of contacts beyond agent
 * time; only the appraisal's realised share of a fall in hours is counted as saved (a rise is paid in full);</li>
 * <li>putting right is each run's complaints at the sector's cost per complaint; lost sales at the sector's
 * margin; the running investment as stated.</li>
 * </ul>
 */
final class SupplierLedger {
    private final double[][] lines;

    private SupplierLedger(double[][] lines) {
        this.lines = lines;
    }

    /**
     * The lines over measured days [from, to) of one replication pair, multiplied by {@code perYear} (the span's
     * years to a year's flow, or 1 for the span's own amounts).
     */
    static SupplierLedger between(RunSummary baseline, RunSummary variant, int from, int to, Appraisal appraisal,
                                  double perYear) {
        ProfitItems b = ProfitItems.of(baseline.record(), from, to);
        ProfitItems v = ProfitItems.of(variant.record(), from, to);
        int n = b.margin.length;
        double[][] lines = new double[n][Line.values().length];
        for (int g = 0; g < n; g++) {
            double[] l = lines[g];
            double fromRivals = v.marginFromRivals[g] - b.marginFromRivals[g];
            l[Line.MARGIN_RETAINED.ordinal()] = (v.margin[g] - b.margin[g] - fromRivals) * perYear;
            l[Line.MARGIN_FROM_RIVALS.ordinal()] = fromRivals * perYear;
            l[Line.ACQUISITION_SPEND_SAVED.ordinal()] = -(v.acquisitionSpend[g] - b.acquisitionSpend[g]) * perYear;
            l[Line.SERVICE_COST_SAVED.ordinal()] = -serviceCostChange(b, v, g, appraisal) * perYear;
            l[Line.PUTTING_RIGHT_SAVED.ordinal()] = -(v.puttingRight[g] - b.puttingRight[g]) * perYear;
            l[Line.LOST_SALES_MARGIN_SAVED.ordinal()] = -(v.lostSalesMargin[g] - b.lostSalesMargin[g]) * perYear;
            l[Line.INVESTMENT_PER_YEAR.ordinal()] = -(v.investment[g] - b.investment[g]) * perYear;
        }
        return new SupplierLedger(lines);
    }

    /**
     * The variant's service cost less the baseline's: the change in hours at the baseline's hourly cost (only the
     * realised share of a fall), the change in the hourly cost on the variant's hours, and the change in the cost of
     * contacts beyond agent time.
     */
    static double serviceCostChange(ProfitItems b, ProfitItems v, int g, Appraisal appraisal) {
        double hours = v.agentHours[g] - b.agentHours[g];
        double realised = hours < 0 ? appraisal.agentHourSavingRealised() : 1;
        return b.agentHourGbp * hours * realised + (v.agentHourGbp - b.agentHourGbp) * v.agentHours[g]
                + v.nonAgentCost[g] - b.nonAgentCost[g];
    }

    double line(int supplier, Line l) {
        return lines[supplier][l.ordinal()];
    }

    /** The net: the sum of the lines. */
    double net(int supplier) {
        double n = 0;
        for (double v : lines[supplier]) {
            n += v;
        }
        return n;
    }
}
