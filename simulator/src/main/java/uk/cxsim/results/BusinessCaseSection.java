package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.cxsim.metrics.BusinessCaseRow.Line;

/**
 * One what-if's business case in comparison.json: the appraisal both runs share, then one row per supplier, sector
 * and the UK (last), each on its own books.
 *
 * @param agentHourGbp         the what-if's cost of an agent hour
 * @param baselineAgentHourGbp the baseline's
 * @param books                whose books the what-if's change sits on (one supplier's, one sector's or the UK's),
 *                             from what it changes against its base; null in files written before it was kept
 */
public record BusinessCaseSection(int horizonYears, int monthsAppraised, double discountRate,
                                  double agentHourSavingRealised, double agentHourGbp, double baselineAgentHourGbp,
                                  int measuredDays, double measuredYears,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Books books, List<Row> rows) {

    /**
     * Whose books a change sits on.
     *
     * @param perspective {@code supplier}, {@code sector} or {@code uk}
     * @param name        the supplier's or sector's name; empty for the UK
     */
    public record Books(String perspective, String name) {
    }

    /**
     * Whose books pay: the one supplier that invests; else the books the change sits on (the one supplier or sector
     * it changes); otherwise the UK.
     */
    public Row payer() {
        List<Row> investing = rows.stream().filter(r -> "supplier".equals(r.perspective()) && r.invests()).toList();
        if (investing.size() == 1) {
            return investing.get(0);
        }
        if (books != null && !"uk".equals(books.perspective())) {
            for (Row r : rows) {
                if (books.perspective().equals(r.perspective()) && books.name().equals(r.name())) {
                    return r;
                }
            }
        }
        return uk();
    }

    /** The UK's row (the last). */
    public Row uk() {
        return rows.get(rows.size() - 1);
    }

    /**
     * A business-case row: each profit line a year (positive when it helps the books), the one-off, the net a year,
     * its net present value, return and payback, with 95% intervals ({@code [low, high]}).
     *
     * @param sector            the sector of a supplier's row (absent for a sector's or the UK's)
     * @param roi               the return on investment; null without an investment
     * @param paybackMonths     the first month the cumulative net reaches zero; null if not within the months appraised
     * @param paybackMonthsCi95 the same at the upper and at the lower end of the net's interval (each may be null)
     * @param ci95              each profit line's 95% interval, by line
     */
    public record Row(
            String perspective,
            String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sector,
            double marginRetainedGbpPerYear,
            double marginFromRivalsGbpPerYear,
            double acquisitionSpendSavedGbpPerYear,
            double serviceCostSavedGbpPerYear,
            double puttingRightSavedGbpPerYear,
            double lostSalesMarginSavedGbpPerYear,
            double investmentPerYearGbp,
            double investmentOneOffGbp,
            double netBenefitGbpPerYear,
            double[] netBenefitCi95,
            double npvGbp,
            double[] npvCi95,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double roi,
            @JsonInclude(JsonInclude.Include.ALWAYS) double[] roiCi95,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double paybackMonths,
            List<Double> paybackMonthsCi95,
            double terminalValueGbp,
            double[] terminalValueCi95,
            double[] netBenefitGbpByYear,
            double[] cumulativeNetGbpByMonth,
            Map<String, double[]> ci95) {

        /** One profit line a year. */
        public double line(Line l) {
            return switch (l) {
                case MARGIN_RETAINED -> marginRetainedGbpPerYear;
                case MARGIN_FROM_RIVALS -> marginFromRivalsGbpPerYear;
                case ACQUISITION_SPEND_SAVED -> acquisitionSpendSavedGbpPerYear;
                case SERVICE_COST_SAVED -> serviceCostSavedGbpPerYear;
                case PUTTING_RIGHT_SAVED -> puttingRightSavedGbpPerYear;
                case LOST_SALES_MARGIN_SAVED -> lostSalesMarginSavedGbpPerYear;
                case INVESTMENT_PER_YEAR -> investmentPerYearGbp;
            };
        }

        /** Whether these books pay something for the change, once or every year. */
        public boolean invests() {
            return investmentOneOffGbp != 0 || investmentPerYearGbp != 0;
        }
    }
}
