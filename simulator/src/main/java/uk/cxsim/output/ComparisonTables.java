package uk.cxsim.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.VolumeRateRow;

/** comparison.csv and comparison.json: each variant against the baseline, figure by figure and sector by sector. */
public final class ComparisonTables {
    private ComparisonTables() {
    }

    /** Variant name to its rows. */
    public static String csv(Map<String, List<ComparisonRow>> variants) {
        StringBuilder sb = new StringBuilder("variant,scope,sector,metric,baseline,variant,difference,"
                + "differenceCi95Low,differenceCi95High,gbpSavedPerYear\n");
        variants.forEach((name, rows) -> {
            for (ComparisonRow r : rows) {
                String[] scope = scope(r.metric());
                sb.append(Csv.join(List.of(name, scope[0], scope[1], scope[2]))).append(',')
                        .append(Formats.csv(r.baseline())).append(',').append(Formats.csv(r.variant()))
                        .append(',').append(Formats.csv(r.difference().mean())).append(',')
                        .append(Formats.csv(r.difference().low())).append(',')
                        .append(Formats.csv(r.difference().high())).append(',')
                        .append(Formats.csv(r.gbpSavedPerYear())).append('\n');
            }
        });
        return sb.toString();
    }

    /**
     * comparison.json's content, without ranges or an ensemble (added by {@link ComparisonFile#withRanges} and
     * {@link ComparisonFile#withEnsemble}).
     *
     * @param titles        each scenario's title in words by its name (only those that state one)
     * @param variants      variant name to its rows
     * @param cases         variant name to its business case
     * @param volumeAndRate variant name to its volume and rate effects
     */
    public static ComparisonFile json(ScenarioParams baseline, int replications, Map<String, String> titles,
                                      Map<String, List<ComparisonRow>> variants,
                                      Map<String, BusinessCaseSection> cases,
                                      Map<String, List<VolumeRateRow>> volumeAndRate) {
        Map<String, List<ComparisonFile.Figure>> all = new LinkedHashMap<>();
        variants.forEach((name, rows) -> all.put(name, rows.stream().map(ComparisonTables::figure).toList()));
        return new ComparisonFile(baseline.name(), baseline.name(), replications, baseline.customers(),
                baseline.population(), baseline.scaleFactor(), baseline.days(), baseline.seed(), "each scenario ran "
                + "the same replications with the same seeds (common random numbers); differences are variant minus "
                + "baseline, paired by replication, with 95% Student-t intervals; gbpSavedPerYear is baseline minus "
                + "variant for GBP figures", null, titles, all, cases, volumeAndRate, null, null, null);
    }

    private static ComparisonFile.Figure figure(ComparisonRow r) {
        String[] scope = scope(r.metric());
        return new ComparisonFile.Figure(scope[0], scope[1].isEmpty() ? null : scope[1], scope[2], r.baseline(),
                r.variant(), r.difference().mean(), r.difference().low(), r.difference().high(),
                Double.isNaN(r.gbpSavedPerYear()) ? null : r.gbpSavedPerYear());
    }

    /** "all" or "sector", the sector's name, and the metric's own name. */
    static String[] scope(String metric) {
        if (metric.startsWith("sectors.")) {
            String rest = metric.substring("sectors.".length());
            int dot = rest.lastIndexOf('.');
            return new String[]{"sector", rest.substring(0, dot), rest.substring(dot + 1)};
        }
        return new String[]{"all", "", metric};
    }
}
