package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values an experiment file hands to the command line are checked where file and line can be named. */
class ExperimentFileTest {
    @TempDir
    Path dir;

    @Test
    void wholeNumberOptionRefusesText() throws IOException {
        assertEquals(":3: customers: must be a whole number, found 'lots'",
                error("kind: run\nscenario: x.yaml\ncustomers: lots\n"));
    }

    @Test
    void sigmaMustBeAFiniteNumber() throws IOException {
        assertEquals(":4: sigma: must be a number, found '.inf'",
                error("kind: calibrate\nscenario: x.yaml\ntargets: t.yaml\nsigma: .inf\n"));
    }

    @Test
    void methodMustBeOneTheKindKnows() throws IOException {
        assertEquals(":4: method: 'morris' is not allowed for a calibrate experiment; allowed cmaes, nelder_mead",
                error("kind: calibrate\nscenario: x.yaml\ntargets: t.yaml\nmethod: morris\n"));
    }

    @Test
    void validValuesPass() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, "kind: sensitivity\nscenario: x.yaml\nmethod: sobol\nsamples: 8\nseed: -3\n"
                + "parameters: {people.toleranceMean: '4:8:2'}\n");
        assertEquals("sensitivity", ExperimentFile.load(f).kind());
    }

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("e.yaml");
        Files.writeString(f, yaml);
        String msg = assertThrows(ScenarioException.class, () -> ExperimentFile.load(f)).getMessage();
        return msg.substring(f.toString().length());
    }
}
