package uk.cxsim.metrics;

import java.util.Map;

/**
 * One member's answer to one what-if: the values the member sets and what the lever did there, one row of the
 * table scenario discovery reads.
 *
 * @param outcomes the UK net benefit (GBP a year), whether the lever paid back (1 or 0), and each figure's change
 *                 (variant - base, mean of the paired replications)
 */
public record EnsembleMemberRow(String variant, String member, Map<String, Double> parameters,
                                Map<String, Double> outcomes) {
    /** The UK net benefit's column. */
    public static final String NET_BENEFIT = "ukNetBenefitGbpPerYear";
    /** Whether the lever paid back in the member (1) or not (0). */
    public static final String PAYS_BACK = "ukPaysBack";
    /** A figure's change is named after it with this suffix. */
    public static final String CHANGE = "Change";
}
