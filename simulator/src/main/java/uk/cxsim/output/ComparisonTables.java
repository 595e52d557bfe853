package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.model.params.ScenarioParams;

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
                        .append(SweepFile.number(r.baseline())).append(',').append(SweepFile.number(r.variant()))
                        .append(',').append(SweepFile.number(r.difference().mean())).append(',')
                        .append(SweepFile.number(r.difference().low())).append(',')
                        .append(SweepFile.number(r.difference().high())).append(',')
                        .append(SweepFile.number(r.gbpSavedPerYear())).append('\n');
            }
        });
        return sb.toString();
    }

    public static Map<String, Object> json(ScenarioParams baseline, int replications,
                                           Map<String, List<ComparisonRow>> variants) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", baseline.name());
        m.put("scenario", baseline.name());
        m.put("replications", replications);
        m.put("customers", baseline.customers());
        m.put("population", baseline.population());
        m.put("scaleFactor", baseline.scaleFactor());
        m.put("days", baseline.days());
        m.put("seed", baseline.seed());
        m.put("method", "each scenario ran the same replications with the same seeds (common random numbers); "
                + "differences are variant minus baseline, paired by replication, with 95% Student-t intervals; "
                + "gbpSavedPerYear is baseline minus variant for GBP figures");
        Map<String, Object> all = new LinkedHashMap<>();
        variants.forEach((name, rows) -> {
            List<Object> list = new ArrayList<>();
            for (ComparisonRow r : rows) {
                String[] scope = scope(r.metric());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("scope", scope[0]);
                if (!scope[1].isEmpty()) {
                    row.put("sector", scope[1]);
                }
                row.put("metric", scope[2]);
                row.put("baseline", r.baseline());
                row.put("variant", r.variant());
                row.put("difference", r.difference().mean());
                row.put("differenceCi95Low", r.difference().low());
                row.put("differenceCi95High", r.difference().high());
                if (!Double.isNaN(r.gbpSavedPerYear())) {
                    row.put("gbpSavedPerYear", r.gbpSavedPerYear());
                }
                list.add(row);
            }
            all.put(name, list);
        });
        m.put("variants", all);
        return m;
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
