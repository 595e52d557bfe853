package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * comparison.json: each what-if against the baseline, run on the same replications and seeds.
 *
 * @param variants      each what-if's paired differences, figure by figure and sector by sector, by its name
 * @param businessCase  each what-if's business case, by its name
 * @param volumeAndRate each what-if's changes in volumes split into volume and rate effects, by its name
 * @param ranges        each what-if's case at the ends of the assumptions it states with a range, by its name
 *                      (with {@code compare --ranges} only)
 * @param ensemble      the spreads across an ensemble's members (with {@code compare --ensemble} only)
 */
public record ComparisonFile(
        String baseline,
        String scenario,
        int replications,
        int customers,
        long population,
        double scaleFactor,
        int days,
        long seed,
        String method,
        Map<String, List<Figure>> variants,
        Map<String, BusinessCaseSection> businessCase,
        Map<String, List<VolumeRateRow>> volumeAndRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, RangesSection> ranges,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnsembleSection ensemble) {

    /** The same comparison with each what-if's ranges. */
    public ComparisonFile withRanges(Map<String, RangesSection> byVariant) {
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, variants, businessCase, volumeAndRate, byVariant, ensemble);
    }

    /** The same comparison with the spreads across an ensemble. */
    public ComparisonFile withEnsemble(EnsembleSection across) {
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, variants, businessCase, volumeAndRate, ranges, across);
    }

    /**
     * Each what-if's row for one figure over the whole population (scope {@code all}), by its name; none for a
     * what-if without that figure.
     */
    public Map<String, Figure> headlineRows(String metric) {
        Map<String, Figure> out = new java.util.LinkedHashMap<>();
        variants.forEach((name, rows) -> {
            for (Figure row : rows) {
                if ("all".equals(row.scope()) && metric.equals(row.metric())) {
                    out.put(name, row);
                }
            }
        });
        return out;
    }

    /**
     * One figure of one what-if against the baseline, paired by replication.
     *
     * @param scope          {@code all} (the whole population) or {@code sector}
     * @param sector         the sector's name (scope {@code sector} only)
     * @param difference     variant minus baseline, with its 95% interval
     * @param gbpSavedPerYear baseline minus variant, for GBP figures only
     */
    public record Figure(
            String scope,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sector,
            String metric,
            double baseline,
            double variant,
            double difference,
            double differenceCi95Low,
            double differenceCi95High,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double gbpSavedPerYear) {
    }
}
