package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.cxsim.TestScenarios;
import uk.cxsim.errors.UserInputException;

/**
 * The options several commands share (--replications, --out, --param, from one mixin each): every command describes
 * them in its own words, and a value out of bounds is refused the same way everywhere.
 */
class SharedOptionsTest {
    private static final String SMALL = TestScenarios.SMALL.toString();

    @TempDir
    Path dir;

    @Test
    void eachCommandDescribesTheSharedOptionsInItsOwnWords() {
        String sweep = help("sweep");
        assertTrue(sweep.contains("--param=KEY=RANGE   key=min:max:steps or key=v1,v2,..."), sweep);
        assertTrue(sweep.contains("--replications=R    Replications per point (default 1)"), sweep);
        assertTrue(sweep.contains("--out=DIR           Output folder; an existing sweep folder is resumed"), sweep);
        String sensitivity = help("sensitivity");
        assertTrue(sensitivity.contains("--param=KEY=MIN:MAX"), sensitivity);
        assertTrue(sensitivity.contains("Replications averaged per point (default 1)"), sensitivity);
        assertTrue(sensitivity.contains("Output folder; an existing one with the same design"), sensitivity);
        String compare = help("compare");
        assertTrue(compare.contains("Replications (default 5)"), compare);
        assertTrue(compare.contains("outputs/compare/<base>/<timestamp>)"), compare);
        String run = help("run");
        assertTrue(run.contains("Replications (default: the scenario's 'replications',"), run);
    }

    /** Each command's --replications, one too few: refused in one line that names the option, before any work. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run                                      | 0 | at least 1",
        "sweep --param people.toleranceMean=4:8:2 | 0 | at least 1",
        "sensitivity --param people.toleranceMean=4:8 | 0 | at least 1",
        "compare SECOND                           | 1 | at least 2 (paired intervals need them)",
        "calibrate --targets none.yaml            | 0 | at least 1",
        "fit-shares                               | 0 | at least 1",
    })
    void tooFewReplicationsAreRefusedInOneLine(String command, String replications, String allowed) {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(1, SMALL);
        args.replaceAll(a -> a.equals("SECOND") ? SMALL : a);
        args.addAll(List.of("--replications", replications, "--out", out.toString()));
        CliHarness cli = new CliHarness();
        assertEquals(2, cli.run(args.toArray(String[]::new)), cli.err.toString());
        assertEquals("cxsim: --replications must be " + allowed + ", found " + replications + "\n",
                cli.err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCheckNamesTheOptionWhatItAllowsAndWhatItWasGiven() {
        assertEquals(3, OptionCheck.atLeast("--samples", 3, 1));
        assertEquals("--samples must be at least 1, found 0",
                assertThrows(UserInputException.class, () -> OptionCheck.atLeast("--samples", 0, 1)).getMessage());
        assertEquals("--years must be 1 to 20, found 21",
                assertThrows(UserInputException.class, () -> OptionCheck.between("--years", 21, 1, 20)).getMessage());
        assertEquals("--step must be in (0, 2], found 2.5", assertThrows(UserInputException.class,
                () -> OptionCheck.require(false, "--step", "in (0, 2]", 2.5)).getMessage());
    }

    private static String help(String command) {
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run(command, "--help"));
        return cli.out.toString();
    }
}
