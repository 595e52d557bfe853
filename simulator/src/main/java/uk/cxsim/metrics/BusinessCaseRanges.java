package uk.cxsim.metrics;

import java.util.List;

/**
 * A lever's business case at each end of the assumptions it states with a range, on its payer's books, the
 * assumptions in order of how far apart their ends put the net present value, largest first.
 *
 * @param perspective   whose books ({@code supplier}, {@code sector} or {@code uk})
 * @param books         their name
 * @param netBenefitGbpPerYear the net a year at the what-if's own values
 * @param npvGbp        the NPV at the what-if's own values
 */
public record BusinessCaseRanges(String variant, String perspective, String books, double netBenefitGbpPerYear,
                                 double npvGbp, List<Row> rows) {

    /** The payer's net a year and NPV at one end of a range. */
    public record End(double value, double netBenefitGbpPerYear, double npvGbp) {
    }

    /**
     * One assumption: its key and why, whether it moves the base too and whether the runs were only priced again,
     * the value the what-if uses ({@code NaN} if it cannot be read), each end, and the value at which the lever
     * stops paying back (NPV zero) within the range, or null if it does not cross zero there.
     */
    public record Row(String key, String label, String why, boolean shared, boolean repriced, double central,
                      End low, End high, Double breakeven) {
        /** How far apart the ends put the net present value. */
        public double swing() {
            return Math.abs(high.npvGbp() - low.npvGbp());
        }
    }
}
