package uk.cxsim.experiment.batch;

import java.util.List;

import uk.cxsim.scenario.LoadedScenario;

/** The scenario an experiment varies, loaded with further {@code key=value} overrides; bad input throws. */
@FunctionalInterface
public interface ScenarioSource {
    LoadedScenario load(List<String> overrides);
}
