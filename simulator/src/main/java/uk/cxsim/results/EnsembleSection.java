package uk.cxsim.results;

import java.util.List;
import java.util.Map;

/**
 * The {@code ensemble} part of comparison.json: each what-if's effects as spreads over an ensemble's members
 * (parameter sets that all fit the evidence).
 *
 * @param file       the ensemble file, as given
 * @param parameters the keys the members set
 * @param table      the file with one row per what-if and member
 * @param variants   each what-if's spreads, by its name
 */
public record EnsembleSection(String file, int members, int replications, List<String> parameters, String table,
                              Map<String, Variant> variants) {

    /**
     * One what-if across the members.
     *
     * @param figures      each figure's difference (variant - base), by figure
     * @param businessCase each business-case row: suppliers, sectors, then the UK
     */
    public record Variant(Map<String, Spread> figures, List<Case> businessCase) {
        /** The UK's row, or null if it has none. */
        public Case uk() {
            return businessCase.stream().filter(c -> "uk".equals(c.perspective())).findFirst().orElse(null);
        }
    }

    /**
     * A business-case row across the members.
     *
     * @param paysBackShare share of members in which the lever pays back
     * @param lines         each profit line's spread, by line
     */
    public record Case(String perspective, String name, String sector, double paysBackShare,
                       Spread netBenefitGbpPerYear, Spread npvGbp, Map<String, Spread> lines) {
    }

    /**
     * The spread of the members' estimates: median, 5th and 95th percentiles, the share above zero, and how much of
     * the spread comes from the parameters rather than simulation noise.
     */
    public record Spread(double median, double p5, double p95, double sharePositive, double parameterShare,
                         double parameterSd, double noiseSd) {
    }
}
