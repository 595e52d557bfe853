package uk.cxsim.cli;

import uk.cxsim.chart.ChartContext;
import uk.cxsim.model.params.ScenarioParams;

/** The provenance line of charts drawn for a command. */
final class Contexts {
    private Contexts() {
    }

    static ChartContext of(ScenarioParams p, int replications) {
        return new ChartContext(p.name(), p.customers(), p.population(), p.scaleFactor(), replications, p.days());
    }
}
