package uk.cxsim.experiment.whatif;

import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * One run's profit items for every supplier over measured days [from, to), at the run's own prices, in GBP at the
 * population's scale (amounts over the span, not a year's): margin on the relationships actually held (and on those
 * won from rivals), acquisition spend on the relationships actually gained, agent hours paid, the cost of contacts
 * beyond agent time, the cost of putting complaints right, the margin on lost sales, and the running investment.
 */
final class ProfitItems {
    final double[] margin;
    final double[] marginFromRivals;
    final double[] acquisitionSpend;
    final double[] agentHours;
    final double agentHourGbp;
    final double[] nonAgentCost;
    final double[] puttingRight;
    final double[] lostSalesMargin;
    final double[] investment;
    /** Relationships held at the span's end (simulated, unscaled). */
    final double[] heldAtEnd;
    /** Relationships ended over the span, every reason, and relationship-days held (simulated, unscaled). */
    final double[] ended;
    final double[] relationshipDays;
    final double[] dailyMargin;
    final double scale;

    private ProfitItems(int n, double agentHourGbp, double scale) {
        margin = new double[n];
        marginFromRivals = new double[n];
        acquisitionSpend = new double[n];
        agentHours = new double[n];
        nonAgentCost = new double[n];
        puttingRight = new double[n];
        lostSalesMargin = new double[n];
        investment = new double[n];
        heldAtEnd = new double[n];
        ended = new double[n];
        relationshipDays = new double[n];
        dailyMargin = new double[n];
        this.agentHourGbp = agentHourGbp;
        this.scale = scale;
    }

    static ProfitItems of(RunRecord r, int from, int to) {
        ScenarioParams p = r.params();
        double scale = r.scaleFactor();
        ProfitItems items = new ProfitItems(p.supplierCount(), p.costs().agentHourGbp(), scale);
        SupplierTally t = span(r, from, to);
        double years = (to - from) / uk.cxsim.model.Clock.DAYS_PER_YEAR;
        int g = 0;
        for (SectorParams s : p.sectors()) {
            double dailyMargin = s.dailyMarginGbp();
            double perComplaint = s.complaintCosts().perComplaintGbp();
            for (SupplierParams sp : s.suppliers()) {
                items.dailyMargin[g] = dailyMargin;
                items.relationshipDays[g] = t.get(g, Metric.RELATIONSHIP_DAYS);
                items.margin[g] = t.get(g, Metric.RELATIONSHIP_DAYS) * dailyMargin * scale;
                items.marginFromRivals[g] = t.get(g, Metric.RELATIONSHIP_DAYS_FROM_RIVALS) * dailyMargin * scale;
                items.acquisitionSpend[g] = t.get(g, Metric.JOINED) * s.acquisitionCostGbp() * scale;
                items.agentHours[g] = t.get(g, Metric.AGENT_HOURS_PAID) * scale;
                items.nonAgentCost[g] = t.get(g, Metric.NON_AGENT_SERVICE_GBP) * scale;
                items.puttingRight[g] = t.get(g, Metric.COMPLAINTS) * perComplaint * scale;
                items.lostSalesMargin[g] = t.get(g, Metric.LOST_SALES_GBP) * s.marginShare() * scale;
                items.investment[g] = sp.investment().perYearGbp() * years;
                items.heldAtEnd[g] = r.daily().get(to - 1).customers()[g];
                double ended = 0;
                for (LeaveReason reason : LeaveReason.values()) {
                    ended += t.get(g, Metric.left(reason));
                }
                items.ended[g] = ended;
                g++;
            }
        }
        return items;
    }

    /** Counters over measured days [from, to): differences of the daily cumulative snapshots. */
    private static SupplierTally span(RunRecord r, int from, int to) {
        SupplierTally end = r.daily().get(to - 1).cumulative();
        return from == 0 ? end : end.minus(r.daily().get(from - 1).cumulative());
    }
}
