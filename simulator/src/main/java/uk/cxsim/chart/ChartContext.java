package uk.cxsim.chart;

import java.util.Locale;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;

/** What every chart says about where its numbers come from: scenario, size, scale and replications. */
public record ChartContext(String scenario, long customers, long population, double scale, int replications,
                          int days) {

    /** From a run.json. */
    public static ChartContext of(RunFile run) {
        return new ChartContext(run.scenario(), run.customers(), run.population(), run.scaleFactor(),
                run.replications(), run.days());
    }

    /** From a scenario about to run, or run, with so many replications. */
    public static ChartContext of(ScenarioParams p, int replications) {
        return new ChartContext(p.name(), p.customers(), p.population(), p.scaleFactor(), replications, p.days());
    }

    /** From a comparison.json: its baseline's. */
    public static ChartContext of(ComparisonFile comparison) {
        return new ChartContext(comparison.scenario(), comparison.customers(), comparison.population(),
                comparison.scaleFactor(), comparison.replications(), comparison.days());
    }

    /** The line printed at the foot of every chart. */
    public String footer() {
        return String.format(Locale.UK, "Scenario %s  |  %,d simulated customers stand for %,d adults (scale x%,.0f)"
                        + "  |  %d replication%s  |  %d days measured", scenario, customers, population, scale,
                replications, replications == 1 ? "" : "s", days);
    }
}
