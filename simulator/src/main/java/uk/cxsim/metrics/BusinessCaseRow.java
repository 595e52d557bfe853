package uk.cxsim.metrics;

import java.util.List;
import java.util.Map;

/**
 * One row of a what-if's business case: whose books, the profit lines with their paired intervals, and what they add
 * up to. Every line is the payer's profit in the variant minus its profit in the baseline for that item, in GBP a
 * year at the population's scale: positive when the change helps the payer's profit, negative when a cost rises.
 *
 * @param sector               the sector the row belongs to (empty for the UK)
 * @param investmentOneOffGbp  the one-off investment, negative (paid at month 0; not in the net a year)
 * @param netBenefit           the sum of the lines a year, with the interval of each replication's paired net
 * @param npv                  net present value over the months appraised: the one-off plus each month's net,
 *                             discounted mid-month
 * @param roi                  return on investment as Total Economic Impact studies define it: (present value of
 *                             benefits - present value of costs) / present value of costs, the costs being the
 *                             investment; null when nothing is invested
 * @param terminalValue        what the change in relationships held at the end of the months appraised is worth
 *                             over their expected remaining life at the run's churn, discounted; shown beside the
 *                             net, never inside it
 * @param netBenefitByYear     the net of each appraised year (twelve months at a time; a last part-year as it is)
 * @param cumulativeByMonth    the mean cumulative undiscounted net at the end of each appraised month, the one-off
 *                             included from month 0
 * @param paybackMonths        the first month at which that cumulative net reaches zero; null if not within the
 *                             months appraised
 * @param paybackMonthsSoonest the same at the upper end of each month's 95% interval of the cumulative net
 *                             (null: not within the months appraised, or a single replication)
 * @param paybackMonthsLatest  the same at the lower end of each month's interval
 */
public record BusinessCaseRow(Perspective perspective, String name, String sector, Map<Line, Interval> lines,
                              double investmentOneOffGbp, Interval netBenefit, Interval npv, Interval roi,
                              Interval terminalValue, double[] netBenefitByYear, double[] cumulativeByMonth,
                              Double paybackMonths, Double paybackMonthsSoonest, Double paybackMonthsLatest) {
    public double line(Line l) {
        return lines.get(l).mean();
    }

    /** Whose books pay for a change: the one supplier that invests in it, otherwise the UK (the last row). */
    public static BusinessCaseRow payer(List<BusinessCaseRow> rows) {
        List<BusinessCaseRow> investing = rows.stream().filter(r -> r.perspective() == Perspective.SUPPLIER
                && (r.investmentOneOffGbp() != 0 || r.line(Line.INVESTMENT_PER_YEAR) != 0)).toList();
        return investing.size() == 1 ? investing.get(0) : rows.get(rows.size() - 1);
    }

    /** The row of the same books in another business case of the same market, or null. */
    public BusinessCaseRow sameBooksIn(List<BusinessCaseRow> rows) {
        return rows.stream().filter(r -> r.perspective() == perspective && r.name().equals(name)).findFirst()
                .orElse(null);
    }

    /** The lines that sum to the net benefit, in the order a waterfall shows them; each positive when it helps. */
    public enum Line {
        MARGIN_RETAINED("marginRetainedGbpPerYear", "Margin on customers kept"),
        MARGIN_FROM_RIVALS("marginFromRivalsGbpPerYear", "Margin on customers won from rivals"),
        ACQUISITION_SPEND_SAVED("acquisitionSpendSavedGbpPerYear", "Acquisition spend saved"),
        SERVICE_COST_SAVED("serviceCostSavedGbpPerYear", "Service cost saved"),
        PUTTING_RIGHT_SAVED("puttingRightSavedGbpPerYear", "Cost of putting right saved"),
        LOST_SALES_MARGIN_SAVED("lostSalesMarginSavedGbpPerYear", "Margin on lost sales saved"),
        INVESTMENT_PER_YEAR("investmentPerYearGbp", "Running cost of the change");

        private final String key;
        private final String label;

        Line(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
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
