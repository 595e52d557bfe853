package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The calibrated UK baseline reproduces the evidence: {@code cxsim validate} as a user runs it (200,000 customers,
 * 5 replications, every evidence target and the queue checks against Erlang C and A) passes.
 */
class ValidateCommandTest {
    @Test
    void theBaselineReproducesTheEvidence() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute("validate", "--scenario", "../scenarios/uk-baseline.yaml", "--targets",
                "../scenarios/targets/uk-2009.yaml");
        String table = out.toString();
        assertEquals(0, code, table + err);
        assertTrue(table.contains("200,000 customers, 5 replications"), table);
        for (String check : new String[]{"treatment share of leavers", "UK cost of poor service",
            "average value of a lost relationship", "Financial Services cost of poor service",
            "biggest losers", "breakdown drivers ranked", "mean minutes trapped", "stop buying in the sector",
            "Financial Services or Utilities", "callers who hang up", "service-level target",
            "change of relationships held", "treatment leavers, last quarter", "queue Erlang C", "queue Erlang A"}) {
            assertTrue(table.contains(check), check + " missing from\n" + table);
        }
        assertFalse(table.contains("FAIL"), table);
    }

    @Test
    void aFailedCheckExitsWithOne() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute("validate", "--scenario", "../scenarios/uk-baseline.yaml", "--targets",
                "../scenarios/targets/uk-2009.yaml", "--customers", "5000", "--days", "30", "--replications", "2",
                "--no-queue", "--set", "people.toleranceMean=40");
        assertEquals(1, code, out.toString());
        assertTrue(out.toString().contains("FAIL"));
    }
}
