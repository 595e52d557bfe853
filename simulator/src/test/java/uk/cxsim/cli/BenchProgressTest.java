package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A benchmark size runs in a JVM of its own whose standard output the parent reads, so the child has no console:
 * on a terminal the parent asks it for a progress bar, which it draws on its standard error, the terminal's.
 */
class BenchProgressTest {
    @Test
    void theChildIsAskedForABarOnlyWhenTheParentIsOnATerminal() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--sizes", "20000", "--days", "30", "--threads", "1");
        List<String> onTerminal = bench.childCommand(20_000, true);
        List<String> piped = bench.childCommand(20_000, false);
        assertEquals("--progress", onTerminal.get(onTerminal.size() - 1), onTerminal.toString());
        assertFalse(piped.contains("--progress"), piped.toString());
        assertTrue(piped.containsAll(List.of("bench-one", "--customers", "20000", "--days", "30", "--threads", "1")),
                piped.toString());
        assertTrue(piped.contains("-Xmx12g"), piped.toString());
    }

    @Test
    void theChildDrawsItsBarOnStandardErrorAndPrintsOneJsonLine() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliHarness cli = new CliHarness();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = cli.run("bench-one", "--customers", "2000", "--days", "5", "--threads", "1", "--progress");
        } finally {
            System.setErr(before);
        }
        assertEquals(0, code, cli.err.toString());
        String bar = err.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("2,000 customers") && bar.contains("days"), bar);
        List<String> lines = cli.out.toString().strip().lines().toList();
        assertEquals(1, lines.size(), cli.out.toString());
        assertTrue(lines.get(0).startsWith("{") && lines.get(0).contains("\"customers\": 2000"), lines.get(0));
    }
}
