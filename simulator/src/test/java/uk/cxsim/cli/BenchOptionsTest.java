package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
