package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * comparison.json: each what-if against the baseline, run on the same replications and seeds.
 *
 * @param question      the question the comparison answers, as its user asked it; null if none was asked
 * @param titles        each scenario's title in words (the baseline's and each what-if's), by its name; only those
 *                      that state one
 * @param variants      each what-if's paired differences, figure by figure and sector by sector, by its name
 * @param businessCase  each what-if's business case, by its name
 * @param volumeAndRate each what-if's changes in volumes split into volume and rate effects, by its name
 * @param ranges        each what-if's case at the ends of the assumptions it states with a range, by its name
 *                      (with {@code compare --ranges} only)
 * @param ensemble      the spreads across an ensemble's members (with {@code compare --ensemble} only)
 * @param focus         the sectors each what-if simulated again, by its name
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String question,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> titles,
        Map<String, List<Figure>> variants,
        Map<String, BusinessCaseSection> businessCase,
        Map<String, List<VolumeRateRow>> volumeAndRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, RangesSection> ranges,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnsembleSection ensemble,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, FocusSection> focus) {

    /** The same comparison with each what-if's ranges. */
    public ComparisonFile withRanges(Map<String, RangesSection> byVariant) {
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, question, titles, variants, businessCase, volumeAndRate, byVariant, ensemble, focus);
    }

    /** The same comparison saying which sectors each what-if simulated again. */
    public ComparisonFile withFocus(Map<String, FocusSection> byVariant) {
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, question, titles, variants, businessCase, volumeAndRate, ranges, ensemble, byVariant);
    }

    /** The longest question a comparison takes, in characters. */
    public static final int MAX_QUESTION = 300;

    /** Whether {@code asked} fits as a comparison's question: one line of at most {@value #MAX_QUESTION} characters. */
    public static boolean questionFits(String asked) {
        return asked.length() <= MAX_QUESTION && asked.indexOf('\n') < 0;
    }

    /** The same comparison answering {@code asked} (null or blank: none asked). */
    public ComparisonFile withQuestion(String asked) {
        String q = asked == null || asked.isBlank() ? null : asked.strip();
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, q, titles, variants, businessCase, volumeAndRate, ranges, ensemble, focus);
    }

    /** A scenario of this comparison in words for a label: its title with a capital, else its name. */
    public String label(String name) {
        String t = titles == null ? null : titles.get(name);
        return t == null || t.isEmpty() ? name : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** A scenario's title as it reads in a sentence; its name if it states none. */
    public String inWords(String name) {
        String t = titles == null ? null : titles.get(name);
        return t == null || t.isEmpty() ? name : t;
    }

    /** The same comparison with the spreads across an ensemble. */
    public ComparisonFile withEnsemble(EnsembleSection across) {
        return new ComparisonFile(baseline, scenario, replications, customers, population, scaleFactor, days, seed,
                method, question, titles, variants, businessCase, volumeAndRate, ranges, across, focus);
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
