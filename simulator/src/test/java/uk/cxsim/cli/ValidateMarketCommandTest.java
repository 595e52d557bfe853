package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cxsim validate market}: a supplier given a trend grows year after year and breaks the limit; the report
 * gives every supplier's change in every year.
 */
class ValidateMarketCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "validate";
        all[1] = "market";
        System.arraycopy(args, 0, all, 2, args.length);
        return new String[] {Integer.toString(cmd.execute(all)), out.toString(), err.toString()};
    }

    private static JsonNode greenleaf(String trend) throws Exception {
        String[] r = run("--customers", "4000", "--years", "2", "--replications", "1", "--quiet", "--format", "json",
                "--set", "sectors.Utilities.suppliers.Greenleaf Energy.attractivenessTrendPerYear=" + trend);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        for (JsonNode s : json.get("suppliers")) {
            if (s.get("supplier").asText().equals("Utilities / Greenleaf Energy")) {
                assertTrue(json.get("largestChangePct").asDouble()
                        >= Math.abs(s.get("changePctByYear").get(1).asDouble()));
                assertEquals(json.get("within").asBoolean() ? "0" : "1", r[0], r[1] + r[2]);
                return s.get("changePctByYear");
            }
        }
        throw new AssertionError("no Greenleaf Energy in " + r[1]);
    }

    @Test
    void aStatedTrendMovesItsSupplierYearAfterYear() throws Exception {
        JsonNode steady = greenleaf("0");
        JsonNode rising = greenleaf("2");
        assertEquals(2, rising.size());
        double[] effect = new double[2];
        for (int y = 0; y < 2; y++) {
            effect[y] = rising.get(y).asDouble() - steady.get(y).asDouble();
        }
        // A brand rising by 2 a year adds about 1 to the logit in year 1 and 3 in year 2, so its effect grows; at
        // 4,000 customers (about 700 of Greenleaf's) a year's change carries some 2.5 points of noise
        assertTrue(effect[1] > effect[0], "the effect grows year on year: " + rising + " against " + steady);
        assertTrue(effect[0] + effect[1] > 10, "two years of a rising brand: " + rising + " against " + steady);
    }

    @Test
    void daysAreRefusedForYears() {
        String[] r = run("--days", "30");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--years"), r[2]);
    }
}
