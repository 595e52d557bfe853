package uk.cxsim.workflow;

import java.util.List;
import java.util.function.Function;

import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;

/**
 * A scenario as the user named it (said in errors) and its loader, which lays further overrides over the scenario and
 * the front end's own (bad input throws).
 */
public record NamedScenario(String label, Function<List<KeyOverride>, LoadedScenario> loader) {
    /** The scenario with {@code key=value} assignments laid over it. */
    public LoadedScenario load(List<String> assignments) {
        return loader.apply(KeyOverride.set(assignments));
    }

    /** This scenario's parameters as a {@link ParamsLoader} reads them. */
    public ParamsLoader params() {
        return extra -> load(extra).params();
    }
}
