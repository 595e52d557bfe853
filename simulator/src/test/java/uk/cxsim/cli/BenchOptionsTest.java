package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The studio and focus benchmarks refuse bad sizes in one line, exit 2, before anything runs. */
class BenchOptionsTest {
    @Test
    void badOptionsAreOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {"bench", "--focus-ratio", "2"},
                new String[] {"bench", "--studio", "--replications", "1"},
                new String[] {"bench", "--studio", "--customers", "10"})) {
            CliHarness cli = new CliHarness();
            assertEquals(2, cli.run(args), cli.err.toString());
            assertEquals(1, cli.err.toString().lines().count(), cli.err.toString());
        }
    }

    @Test
    void aDenserFocusBenchNamesWhatIsWrong() {
        refused("--focus-density must be 2 to 16", "bench", "--focus-density", "1", "--seeds", "5");
        refused("--seeds must be 3 to 100", "bench", "--focus-density", "4", "--seeds", "2");
        refused("--lever names the what-if of --focus-density", "bench", "--studio", "--lever", "x.yaml");
        refused("--lever no-such.yaml: no such scenario file", "bench", "--focus-density", "4", "--seeds", "3",
                "--lever", "no-such.yaml");
    }

    private static void refused(String says, String... args) {
        CliHarness cli = new CliHarness();
        assertEquals(2, cli.run(args), cli.err.toString());
        String e = cli.err.toString();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains(says), e);
    }
}
