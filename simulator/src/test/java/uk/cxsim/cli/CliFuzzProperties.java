package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.cxsim.FuzzFolder;
import uk.cxsim.FuzzedInputs;
import uk.cxsim.TestScenarios;
import uk.cxsim.scenario.ExperimentFile;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.scenario.TargetFile;

/**
 * Through the command line, every broken input the loaders refuse ends with exit code 2, one line on stderr,
 * nothing on stdout and nothing written. Inputs the loaders accept are not run here (that would run simulations);
 * the loader properties cover them.
 */
class CliFuzzProperties extends FuzzedInputs {
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedScenarioExitsTwoInOneLine(String yaml) {
        Path file = folder.resolve("fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        if (!FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(file, List.of()))) {
            refusedInOneLine("run", file.toString(), "--quiet", "--out", folder.resolve("out").toString());
        }
    }

    static Stream<Named<String>> refusedScenarioExitsTwoInOneLine() {
        return scenarios(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedOverrideExitsTwoInOneLine(String override) {
        if (!FuzzFolder.loadsOrIsRefusedInOneLine(() -> Scenarios.load(TestScenarios.SMALL, List.of(override)))) {
            refusedInOneLine("run", TestScenarios.SMALL.toString(), "--set", override, "--quiet",
                    "--out", folder.resolve("out").toString());
        }
    }

    static Stream<Named<String>> refusedOverrideExitsTwoInOneLine() {
        return overrides(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedExperimentExitsTwoInOneLine(String yaml) {
        Path file = folder.resolve("experiments/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        String[] args = {"experiment", file.toString(), "--dry-run", "--out", folder.resolve("out").toString()};
        if (FuzzFolder.loadsOrIsRefusedInOneLine(() -> ExperimentFile.load(file))) {
            List<Path> before = FuzzFolder.listing(folder);
            assertEquals(0, new CliHarness().run(args));
            assertEquals(before, FuzzFolder.listing(folder), "a dry run wrote files");
        } else {
            refusedInOneLine(args);
        }
    }

    static Stream<Named<String>> refusedExperimentExitsTwoInOneLine() {
        return experiments(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedTargetsExitTwoInOneLine(String yaml) {
        Path file = folder.resolve("targets/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        if (!FuzzFolder.loadsOrIsRefusedInOneLine(() -> TargetFile.load(file))) {
            refusedInOneLine("validate", "--targets", file.toString(), "--no-queue", "--quiet");
        }
    }

    static Stream<Named<String>> refusedTargetsExitTwoInOneLine() {
        return targets(200);
    }

    private static void refusedInOneLine(String... args) {
        List<Path> before = FuzzFolder.listing(folder);
        CliHarness cli = new CliHarness();
        assertEquals(2, cli.run(args), cli.err.toString());
        String err = cli.err.toString();
        assertTrue(err.startsWith("cxsim: ") && err.endsWith("\n"), err);
        FuzzFolder.assertOneLine(err.substring(0, err.length() - 1));
        assertEquals("", cli.out.toString());
        assertEquals(before, FuzzFolder.listing(folder), "a refused command wrote files");
    }
}
