package uk.cxsim.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import uk.cxsim.model.params.ScenarioParams;

/**
 * A validated scenario.
 *
 * @param params   the parameters the model runs on
 * @param resolved every parameter as used, defaults included, as a nested map (written to run.json)
 * @param origin       the file it was loaded from
 * @param replications replications a plain run of it makes (its {@code replications} key)
 * @param ranges       the assumptions it states with a low and a high value (its {@code ranges} map), in order
 */
public record LoadedScenario(ScenarioParams params, Map<String, Object> resolved, String origin, int replications,
                             List<AssumptionRange> ranges) implements Serializable {
}
