package uk.cxsim.chart;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;

/**
 * What every chart says about where its numbers come from: scenario, size, scale and replications, and the sectors a
 * denser focus ran at a size of their own ({@code denser}, empty when none did).
 */
public record ChartContext(String scenario, long customers, long population, double scale, int replications,
                          int days, String denser) {

    public ChartContext(String scenario, long customers, long population, double scale, int replications, int days) {
        this(scenario, customers, population, scale, replications, days, "");
    }

    /** From a run.json. */
    public static ChartContext of(RunFile run) {
        return new ChartContext(run.scenario(), run.customers(), run.population(), run.scaleFactor(),
                run.replications(), run.days());
    }

    /** From a scenario about to run, or run, with so many replications. */
    public static ChartContext of(ScenarioParams p, int replications) {
        return new ChartContext(p.name(), p.customers(), p.population(), p.scaleFactor(), replications, p.days());
    }

    /** From a comparison.json: its baseline's, and the sectors any what-if re-ran at another size. */
    public static ChartContext of(ComparisonFile comparison) {
        Map<String, Integer> denser = new TreeMap<>();
        if (comparison.focus() != null) {
            comparison.focus().values().forEach(f -> f.customers().forEach((sector, n) -> {
                if (n != comparison.customers()) {
                    denser.put(sector, n);
                }
            }));
        }
        StringBuilder note = new StringBuilder();
        denser.forEach((sector, n) -> note.append(note.isEmpty() ? "" : ", ").append(String.format(Locale.UK,
                "%s re-run at %,d (x%,.0f)", sector, n, (double) comparison.population() / n)));
        return new ChartContext(comparison.scenario(), comparison.customers(), comparison.population(),
                comparison.scaleFactor(), comparison.replications(), comparison.days(), note.toString());
    }

    /** The line printed at the foot of every chart; a second line names the sectors that ran denser. */
    public String footer() {
        return String.format(Locale.UK, "Scenario %s  |  %,d simulated customers stand for %,d adults (scale x%,.0f)"
                        + "  |  %d replication%s  |  %d days measured", scenario, customers, population, scale,
                replications, replications == 1 ? "" : "s", days) + (denser.isEmpty() ? "" : "\n" + denser);
    }
}
