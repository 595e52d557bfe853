package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import uk.cxsim.FuzzFolder;
import uk.cxsim.FuzzedInputs;
import uk.cxsim.TestScenarios;

/**
 * Broken scenarios and overrides either load or are refused with a {@link ScenarioException} of one line; nothing
 * else escapes the loader (no stack overflow, no runaway memory), and loading writes nothing.
 */
class ScenarioLoaderProperties extends FuzzedInputs {
    @Property(tries = 400, seed = "20261123")
    void mutatedScenarioLoadsOrIsRefusedInOneLine(@ForAll("scenarios") String yaml) {
        Path file = folder.resolve("fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        List<Path> before = FuzzFolder.listing(folder);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(file, List.of()));
        assertEquals(before, FuzzFolder.listing(folder), "loading wrote files");
    }

    @Property(tries = 200, seed = "20261123")
    void junkLoadsOrIsRefusedInOneLine(@ForAll("junk") String yaml, @ForAll boolean raw) {
        Path file = folder.resolve("junk.yaml");
        FuzzFolder.write(file, yaml, raw);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(file, List.of()));
    }

    @Property(tries = 400, seed = "20261123")
    void overrideAppliesOrIsRefusedInOneLine(@ForAll("overrides") String override) {
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(TestScenarios.SMALL, List.of(override)));
    }
}
