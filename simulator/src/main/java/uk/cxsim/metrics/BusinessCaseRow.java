package uk.cxsim.metrics;

import java.util.Map;

/**
 * One row of a what-if's business case: whose books, the lines with their paired intervals, and what they add up to.
 *
 * @param sector                   the sector the row belongs to (empty for the UK)
 * @param grossRevenueRetained     fewer of its own customers lost to treatment at their value, transfers
 *                                 included (the headline's gross measure; not a line of the sum)
 * @param netBenefitByYear         the net benefit of each measured year (one entry if less than two years)
 * @param paybackMonths            months until the cumulative net benefit repays the one-off investment;
 *                                 null if it never does within the horizon
 * @param paybackMonthsSoonest     the same at the upper end of each year's 95% interval of the net benefit
 *                                 (null: not within the horizon, or a single replication, with no interval)
 * @param paybackMonthsLatest      the same at the lower end of each year's interval
 */
public record BusinessCaseRow(Perspective perspective, String name, String sector, Map<Line, Interval> lines,
                              Interval grossRevenueRetained, double investmentOneOffGbp, Interval netBenefit, Interval npv,
                              double[] netBenefitByYear, Double paybackMonths, Double paybackMonthsSoonest,
                              Double paybackMonthsLatest) {
    public double line(Line l) {
        return lines.get(l).mean();
    }

    /** The lines that sum to the net benefit, in the order a waterfall shows them. */
    public enum Line {
        REVENUE_RETAINED("revenueRetainedGbpPerYear", "Revenue retained", 1),
        REVENUE_FROM_RIVALS("revenueFromRivalsGbpPerYear", "Transfers with rivals", 1),
        ACQUISITION_SAVED("acquisitionSavedGbpPerYear", "Acquisition saved", 1),
        FAILURE_DEMAND_SAVED("failureDemandSavedGbpPerYear", "Failure demand saved", 1),
        LOST_SALES_SAVED("lostSalesSavedGbpPerYear", "Lost sales saved", 1),
        STAFFING_COST_CHANGE("staffingCostChangeGbpPerYear", "Staffing cost", -1),
        INVESTMENT_PER_YEAR("investmentPerYearGbp", "Running cost", -1);

        private final String key;
        private final String label;
        private final int sign;

        Line(String key, String label, int sign) {
            this.key = key;
            this.label = label;
            this.sign = sign;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** +1 if the line adds to the net benefit, -1 if it is a cost (a positive value costs money). */
        public int sign() {
            return sign;
        }
    }

    /** Whose books a row reads: one supplier's, a sector's or the UK's. */
    public enum Perspective {
        SUPPLIER("supplier"), SECTOR("sector"), UK("uk");

        private final String key;

        Perspective(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
