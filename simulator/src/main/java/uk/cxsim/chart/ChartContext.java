package uk.cxsim.chart;

import java.util.Locale;
import java.util.Map;

/** What every chart says about where its numbers come from: scenario, size, scale and replications. */
public record ChartContext(String scenario, long customers, long population, double scale, int replications,
                          int days) {

    /** From a run.json (or any manifest with the same keys). */
    public static ChartContext of(Map<String, Object> run) {
        return new ChartContext(String.valueOf(run.get("scenario")), number(run, "customers"),
                number(run, "population"), ((Number) run.getOrDefault("scaleFactor", 1)).doubleValue(),
                (int) number(run, "replications"), (int) number(run, "days"));
    }

    private static long number(Map<String, Object> run, String key) {
        Object v = run.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** The line printed at the foot of every chart. */
    public String footer() {
        return String.format(Locale.UK, "Scenario %s  |  %,d simulated customers stand for %,d adults (scale x%,.0f)"
                        + "  |  %d replication%s  |  %d days measured", scenario, customers, population, scale,
                replications, replications == 1 ? "" : "s", days);
    }
}
