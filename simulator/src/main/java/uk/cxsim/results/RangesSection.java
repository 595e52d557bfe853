package uk.cxsim.results;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One what-if's business case at each end of the assumptions it states with a range, on its payer's books
 * ({@code compare --ranges}), the widest swing in net present value first.
 *
 * @param perspective          whose books ({@code supplier}, {@code sector} or {@code uk})
 * @param name                 their name
 * @param netBenefitGbpPerYear the net a year at the what-if's own values
 * @param npvGbp               the net present value at the what-if's own values
 */
public record RangesSection(String perspective, String name, double netBenefitGbpPerYear, double npvGbp,
                            List<Row> rows) {

    /**
     * One assumption.
     *
     * @param movesBase  whether the assumption moves the base too (it is not one of the lever's own keys)
     * @param pricedOnly whether the runs were only priced again (a key the simulation never reads)
     * @param value      the value the what-if uses; null if it cannot be read
     * @param npvZeroAt  the value at which the net present value crosses zero in the range; null if it does not
     */
    public record Row(String key, String label, String why, boolean movesBase, boolean pricedOnly,
                      @JsonInclude(JsonInclude.Include.ALWAYS) Double value, End low, End high,
                      @JsonInclude(JsonInclude.Include.ALWAYS) Double npvZeroAt) {
    }

    /** The payer's net a year and net present value at one end of a range. */
    public record End(double value, double netBenefitGbpPerYear, double npvGbp) {
    }
}
