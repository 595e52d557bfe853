package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.workflow.WhatIfAtSeed;
import uk.cxsim.workflow.WhatIfAtSeed;

/**
 * The reference single-supplier what-if the benchmarks run: {@code scenarios/albion-crm-context.yaml} against
 * {@code scenarios/uk-baseline.yaml}, read from the project's folder, both at one seed and the keys given.
 */
final class ReferenceWhatIf {
    private static final Path BASE = Path.of("scenarios", "uk-baseline.yaml");
    private static final Path LEVER = Path.of("scenarios", "albion-crm-context.yaml");

    private ReferenceWhatIf() {
    }

    /**
     * The base and the what-if at each seed, with {@code keys}; refused in one line if the files are not there.
     *
     * @param option the benchmark's option, for the error
     */
    static WhatIfAtSeed loader(String option, List<String> keys) {
        return loader(option, LEVER, keys);
    }

    /** As {@link #loader(String, List)}, with the what-if {@code lever} (the reference when null). */
    static WhatIfAtSeed loader(String option, Path lever, List<String> keys) {
        Path what = lever == null ? LEVER : lever;
        if (lever != null && !Files.isRegularFile(lever)) {
            throw new UserInputException("--lever " + lever + ": no such scenario file");
        }
        for (Path p : List.of(BASE, what)) {
            if (!Files.isRegularFile(p)) {
                throw new UserInputException("bench " + option + " reads " + p + "; run it from the project's folder");
            }
        }
        return seed -> {
            List<String> all = new ArrayList<>(keys);
            all.add("seed=" + seed);
            return new ScenarioParams[] {Scenarios.load(BASE, all).params(), Scenarios.load(what, all).params()};
        };
    }
}
