package uk.cxsim;

import java.io.IOException;
import java.nio.file.Path;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The base of the property tests over broken input: a scratch copy of the scenario folder (so {@code extends:} and
 * relative paths resolve as in the real files) and the broken inputs, by kind.
 */
public abstract class FuzzedInputs {
    /** The scratch copy; broken files are written into it beside the real ones. */
    protected static Path folder;

    @BeforeContainer
    static void copyScenarios() throws IOException {
        folder = FuzzFolder.copyOf(TestScenarios.SCENARIOS);
    }

    @AfterContainer
    static void removeCopy() {
        FuzzFolder.delete(folder);
    }

    @Provide
    protected Arbitrary<String> scenarios() {
        return YamlMutations.of(YamlMutations.texts(TestScenarios.SCENARIOS));
    }

    @Provide
    protected Arbitrary<String> experiments() {
        return YamlMutations.of(YamlMutations.texts(TestScenarios.SCENARIOS.resolve("experiments")));
    }

    @Provide
    protected Arbitrary<String> targets() {
        return YamlMutations.of(YamlMutations.texts(TestScenarios.SCENARIOS.resolve("targets")));
    }

    @Provide
    protected Arbitrary<String> overrides() {
        return Overrides.arbitrary();
    }

    @Provide
    protected Arbitrary<String> junk() {
        return YamlMutations.junk();
    }
}
