package uk.cxsim.workflow;

import java.util.List;

import uk.cxsim.model.params.ScenarioParams;

/** Loads one scenario (a base or a what-if) with further {@code key=value} overrides laid over it; bad input throws. */
@FunctionalInterface
public interface ParamsLoader {
    ScenarioParams load(List<String> overrides);
}
