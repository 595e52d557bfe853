package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.cxsim.FuzzFolder;
import uk.cxsim.FuzzedInputs;
import uk.cxsim.TestScenarios;

/**
 * Broken scenarios and overrides either load or are refused with a {@link ScenarioException} of one line; nothing
 * else escapes the loader (no stack overflow, no runaway memory), and loading writes nothing.
 */
class ScenarioLoaderProperties extends FuzzedInputs {
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void mutatedScenarioLoadsOrIsRefusedInOneLine(String yaml) {
        Path file = folder.resolve("fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        List<Path> before = FuzzFolder.listing(folder);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(file, List.of()));
        assertEquals(before, FuzzFolder.listing(folder), "loading wrote files");
    }

    static Stream<Named<String>> mutatedScenarioLoadsOrIsRefusedInOneLine() {
        return scenarios(400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void junkLoadsOrIsRefusedInOneLine(Junk junk) {
        Path file = folder.resolve("junk.yaml");
        FuzzFolder.write(file, junk.text(), junk.raw());
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(file, List.of()));
    }

    static Stream<Named<Junk>> junkLoadsOrIsRefusedInOneLine() {
        return junk(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void overrideAppliesOrIsRefusedInOneLine(String override) {
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(TestScenarios.SMALL, List.of(override)));
    }

    static Stream<Named<String>> overrideAppliesOrIsRefusedInOneLine() {
        return overrides(400);
    }
}
