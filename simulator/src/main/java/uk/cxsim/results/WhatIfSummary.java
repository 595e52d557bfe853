package uk.cxsim.results;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The studio's summary of a finished what-if: its headline and business case in words, the payer's figures, the
 * cost of poor service it saves, the charts drawn and how long the runs and files took.
 *
 * @param books           whose books pay, in words
 * @param payback         when it pays back, in words, claimed only as far as the net's interval allows
 * @param costSavedCi95   the 95% interval of the cost of poor service saved a year
 * @param shown           the net benefit and the cost saved as the report writes them, for the studio page to show
 * @param charts          the charts drawn, relative to the comparison's folder, in the order to show them
 * @param baseKept        whether the base's runs were kept from an earlier what-if
 * @param acrossEnsemble  for a what-if run on every member of an ensemble: the spread of its UK net benefit across
 *                        the members, in words (the other figures pool the members' runs)
 */
public record WhatIfSummary(String headline, String businessCase, String books, double netBenefitGbpPerYear,
                            double[] netBenefitCi95, @JsonInclude(JsonInclude.Include.ALWAYS) Double paybackMonths,
                            String payback, double investmentOneOffGbp, double investmentPerYearGbp,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Double roi, double terminalValueGbp,
                            double costSavedGbpPerYear, double[] costSavedCi95, Shown shown, List<String> charts,
                            boolean baseKept, double runSeconds, double filesSeconds,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String acrossEnsemble) {
    /**
     * Figures in words, written by the server's one formatter so the page reads as the report does.
     *
     * @param netBenefit         the payer's net benefit a year: "GBP 2.1m"
     * @param netBenefitInterval its 95% interval's half width: "+/- GBP 47.5m"
     * @param costSaved          the cost of poor service saved a year, UK: "GBP 26.5m"
     * @param costSavedInterval  its 95% interval's half width: "+/- GBP 197.1m"
     */
    public record Shown(String netBenefit, String netBenefitInterval, String costSaved, String costSavedInterval) {
    }
}
