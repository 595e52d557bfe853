package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.workflow.NamedScenario;

/** Options shared by commands that run a scenario: size, length, seed and key overrides. */
final class ScenarioOptions {
    @Option(names = "--customers", paramLabel = "N") Integer customers;
    @Option(names = "--days", paramLabel = "N") Integer days;
    @Option(names = "--seed", paramLabel = "N") Long seed;
    @Option(names = "--set", paramLabel = "KEY=VALUE") List<String> sets = new ArrayList<>();

    /** Loads the scenario (the UK baseline if none is named) with every override applied and validated. */
    LoadedScenario load(Path file) {
        return load(file, List.of());
    }

    /** As {@link #load(Path)}, with further {@code --set} overrides applied last. */
    LoadedScenario load(Path file, List<String> extra) {
        return loadWith(file, KeyOverride.set(extra));
    }

    /** The scenario file (the UK baseline if none), named as given, loaded as {@link #loadWith} loads it. */
    NamedScenario named(Path file) {
        return new NamedScenario(file == null ? "the UK baseline" : file.toString(), extra -> loadWith(file, extra));
    }

    /** As {@link #load(Path)}, with further overrides applied last. */
    LoadedScenario loadWith(Path file, List<KeyOverride> extra) {
        List<KeyOverride> overrides = new ArrayList<>(KeyOverride.set(sets));
        if (customers != null) {
            overrides.add(KeyOverride.option("--customers", "customers", customers));
        }
        if (days != null) {
            overrides.add(KeyOverride.option("--days", "days", days));
        }
        if (seed != null) {
            overrides.add(KeyOverride.option("--seed", "seed", seed));
        }
        overrides.addAll(extra);
        return file == null ? Scenarios.loadDefaultWith(overrides) : Scenarios.loadWith(file, overrides);
    }
}
