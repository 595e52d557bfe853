package uk.cxsim.experiment;

import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * One replication's business-case lines for every supplier over a span of measured days: the variant's counters
 * against the baseline's, annualised and scaled to the population, priced at the sector's values.
 */
final class SupplierLedger {
    private final double[][] lines;
    private final double[] gross;

    private SupplierLedger(double[][] lines, double[] gross) {
        this.lines = lines;
        this.gross = gross;
    }

    /** The lines over measured days [from, to) of one replication pair. */
    static SupplierLedger between(RunSummary baseline, RunSummary variant, int from, int to,
                                  BusinessCase.Terms terms) {
        RunRecord b = baseline.record();
        RunRecord v = variant.record();
        SupplierTally tb = span(b, from, to);
        SupplierTally tv = span(v, from, to);
        double flow = b.scaleFactor() * Clock.DAYS_PER_YEAR / (to - from);
        ScenarioParams bp = b.params();
        ScenarioParams vp = v.params();
        int n = bp.supplierCount();
        double[][] lines = new double[n][BusinessCaseRow.Line.values().length];
        double[] gross = new double[n];
        int g = 0;
        for (int s = 0; s < bp.sectors().size(); s++) {
            SectorParams sector = bp.sectors().get(s);
            double value = sector.relationshipValueGbp();
            double acquisition = sector.retentionCostGbp() * bp.costs().acquisitionToRetentionRatio();
            for (int j = 0; j < sector.suppliers().size(); j++, g++) {
                double treatment = diff(tb, tv, g, Metric.LEFT_TREATMENT) * flow;
                double treatmentToRivals = diff(tb, tv, g, Metric.LOST_TO_RIVALS_AFTER_TREATMENT) * flow;
                double netTransfers = (diff(tb, tv, g, Metric.GAINED_FROM_RIVALS)
                        - diff(tb, tv, g, Metric.LOST_TO_RIVALS)) * flow;
                double[] l = lines[g];
                l[BusinessCaseRow.Line.REVENUE_RETAINED.ordinal()] = -(treatment - treatmentToRivals) * value;
                l[BusinessCaseRow.Line.REVENUE_FROM_RIVALS.ordinal()] = netTransfers * value;
                l[BusinessCaseRow.Line.ACQUISITION_SAVED.ordinal()] = -treatment * acquisition;
                l[BusinessCaseRow.Line.FAILURE_DEMAND_SAVED.ordinal()] =
                        -diff(tb, tv, g, Metric.FAILURE_DEMAND_GBP) * flow;
                l[BusinessCaseRow.Line.LOST_SALES_SAVED.ordinal()] = -diff(tb, tv, g, Metric.LOST_SALES_GBP) * flow;
                l[BusinessCaseRow.Line.STAFFING_COST_CHANGE.ordinal()] =
                        diff(tb, tv, g, Metric.AGENT_HOURS_PAID) * flow * terms.agentHourGbp();
                SupplierParams sb = sector.suppliers().get(j);
                SupplierParams sv = vp.sectors().get(s).suppliers().get(j);
                l[BusinessCaseRow.Line.INVESTMENT_PER_YEAR.ordinal()] =
                        sv.investment().perYearGbp() - sb.investment().perYearGbp();
                gross[g] = -treatment * value;
            }
        }
        return new SupplierLedger(lines, gross);
    }

    double line(int supplier, BusinessCaseRow.Line l) {
        return lines[supplier][l.ordinal()];
    }

    double grossRetained(int supplier) {
        return gross[supplier];
    }

    double net(int supplier) {
        return BusinessCase.net(lines[supplier]);
    }

    private static double diff(SupplierTally base, SupplierTally variant, int g, Metric m) {
        return variant.get(g, m) - base.get(g, m);
    }

    /** Counters over measured days [from, to): differences of the daily cumulative snapshots. */
    private static SupplierTally span(RunRecord r, int from, int to) {
        SupplierTally end = r.daily().get(to - 1).cumulative();
        return from == 0 ? end : end.minus(r.daily().get(from - 1).cumulative());
    }
}
