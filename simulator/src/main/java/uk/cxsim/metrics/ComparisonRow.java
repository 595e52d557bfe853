package uk.cxsim.metrics;

/**
 * One figure of a what-if compared with its baseline.
 *
 * @param difference variant minus baseline, with its paired 95% CI
 * @param gbpSavedPerYear for GBP figures, baseline minus variant (positive: the variant saves money); NaN
 *                        otherwise
 */
public record ComparisonRow(String metric, double baseline, double variant, Interval difference,
                            double gbpSavedPerYear) {
}
