package uk.cxsim;

import java.nio.file.Path;
import java.util.List;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.workflow.WhatIfAtSeed;

/** Small scenarios for fast tests. */
public final class TestScenarios {
    public static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");
    public static final Path ONE_CHANNEL = Path.of("src/test/resources/scenarios/one-channel.yaml");
    /** The project's scenario folder, seen from the module directory tests run in. */
    public static final Path SCENARIOS = Path.of("../scenarios");

    private TestScenarios() {
    }

    public static ScenarioParams small(String... overrides) {
        return Scenarios.load(SMALL, List.of(overrides)).params();
    }

    /** The UK baseline with {@code overrides}. */
    public static ScenarioParams baseline(String... overrides) {
        return Scenarios.load(SCENARIOS.resolve("uk-baseline.yaml"), List.of(overrides)).params();
    }

    /**
     * The small market and a what-if of it at each seed, both with {@code common} keys; the what-if adds
     * {@code lever}.
     */
    public static WhatIfAtSeed smallAtSeed(List<String> common, List<String> lever) {
        return seed -> {
            List<String> base = new java.util.ArrayList<>(common);
            base.add("seed=" + seed);
            List<String> what = new java.util.ArrayList<>(base);
            what.addAll(lever);
            return new ScenarioParams[] {small(base.toArray(String[]::new)), small(what.toArray(String[]::new))};
        };
    }

    public static RunRecord run(ScenarioParams p) {
        return Simulation.run(p, 0, 1, ProgressListener.NONE);
    }
}
