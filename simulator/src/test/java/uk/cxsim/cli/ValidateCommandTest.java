package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import uk.cxsim.TestScenarios;
import uk.cxsim.output.Json;
import uk.cxsim.results.ValidationFile;

/**
 * {@code cxsim validate}: the calibrated UK baseline as a user runs it (200,000 customers, 5 replications) passes
 * every calibration target and check of the model and reports the held-out evidence apart; small runs show how
 * roles, bands, implausibility, natural experiments and bad targets files are handled.
 */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> all = new java.util.ArrayList<>(List.of("validate"));
        all.addAll(List.of(args));
        int code = cmd.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theBaselinePassesItsCalibrationAndReportsTheHeldOutEvidence() {
        Result r = validate("--scenario", "../scenarios/uk-baseline.yaml", "--targets",
                "../scenarios/targets/uk-2009.yaml", "--targets", "../scenarios/targets/uk-held-out.yaml");
        String table = r.out();
        assertEquals(0, r.code(), table + r.err());
        assertTrue(table.contains("200,000 customers, 5 replications"), table);
        for (String check : new String[]{"treatment share of living leavers", "UK cost of poor service",
            "average value of a lost relationship", "Financial Services cost of poor service",
            "biggest losers", "breakdown drivers ranked", "Financial Services or Utilities", "callers who hang up",
            "energy switching a year", "mean phone wait", "27-43 year olds", "mean minutes trapped",
            "change of relationships held", "queue Erlang C", "queue Erlang A"}) {
            assertTrue(table.contains(check), check + " missing from\n" + table);
        }
        String calibration = table.substring(table.indexOf("Calibration targets"), table.indexOf("Held-out"));
        assertFalse(calibration.contains("FAIL"), calibration);
        assertTrue(table.contains("held-out pass"), table);
    }

    private Path targets(String body) throws IOException {
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, "name: t\ntargets:\n" + body);
        return file;
    }

    private static final String SMALL = "--customers=3000 --days=30 --replications=3 --no-queue";

    private Result small(Path targets, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(SMALL.split(" ")));
        args.addAll(List.of("--targets", targets.toString()));
        args.addAll(List.of(more));
        return validate(args.toArray(String[]::new));
    }

    @Test
    void aHeldOutMissIsReportedAndFailsOnlyAStrictValidation() throws IOException {
        Path file = targets("""
                  - {name: queue abandonment, metric: abandonRate, expected: 0.5, band: [0, 1]}
                  - {name: far-off abandonment, metric: abandonRate, expected: 0.9, band: [0.85, 0.95], role: held-out}
                """);
        Result lenient = small(file);
        assertEquals(0, lenient.code(), lenient.out() + lenient.err());
        assertTrue(lenient.out().contains("0 of 1 held-out pass"), lenient.out());
        Result strict = small(file, "--strict");
        assertEquals(1, strict.code(), strict.out());
    }

    @Test
    void theJsonGivesEachCheckItsRoleAndNumbers() throws IOException {
        Path file = targets("""
                  - {name: queue abandonment, metric: abandonRate, expected: 0.05, band: [0, 0.5]}
                  - {name: abandonment held out, metric: abandonRate, expected: 0.2, band: [0.1, 0.3], role: held-out, discrepancy: 0.01}
                  - {name: trapped minutes, metric: meanMinutesTrappedInIvr, expected: 9.5, relativeTolerance: 0.5, role: input}
                """);
        Result r = small(file, "--format", "json");
        ValidationFile json = Json.read(r.out(), ValidationFile.class);
        ValidationFile.Figures first = json.checks().get(0).figures();
        assertEquals("calibration", json.checks().get(0).role());
        assertArrayEquals(new double[] {0.0, 0.5}, first.band());
        assertTrue(first.interval()[0] <= first.simulatedMean() && first.simulatedMean() <= first.interval()[1]);
        ValidationFile.Check held = json.checks().get(1);
        assertEquals("held-out", held.role());
        double mean = held.figures().simulatedMean();
        double sd = held.figures().monteCarloStandardError() * Math.sqrt(3);
        double side = mean < 0.2 ? 0.2 - 0.1 : 0.3 - 0.2;
        double expected = Math.abs(0.2 - mean) / Math.sqrt(Math.pow(side / 1.96, 2) + sd * sd + 0.01 * 0.01);
        assertEquals(expected, held.figures().implausibility(), 1e-9);
        assertTrue(held.figures().spread()[0] <= mean && mean <= held.figures().spread()[1]);
        assertEquals("input", json.checks().get(2).role());
        assertFalse(json.checks().get(2).counted());
        assertEquals(new ValidationFile.Count(1, 1), json.counts().get("calibration"));
        assertNull(json.checks().get(0).figures().spread(), "only a held-out check has a spread");
    }

    @Test
    void aNaturalExperimentRunsAsAWhatIfOnTheSameSeeds() throws IOException {
        Path file = targets("""
                  - name: seven-day switching
                    role: held-out
                    metric: sectors.Financial Services.switchingPerRelationship
                    whatIf: ../scenarios/natural-experiments/cass-2013.yaml
                    expected: 0.175
                    band: [0.03, 0.25]
                """);
        Result r = small(file, "--format", "json");
        ValidationFile.Check check = Json.read(r.out(), ValidationFile.class).checks().get(0);
        assertEquals("held-out", check.role(), r.out() + r.err());
        assertTrue(Double.isFinite(check.figures().simulatedMean()), r.out());
        Result other = small(file, "--scenario", "../scenarios/door-open.yaml");
        assertTrue(other.out().contains("not run"), "a natural experiment is defined against the baseline only\n"
                + other.out());
    }

    @Test
    void aTargetsFileWithAnUnknownRoleIsOneLineAndExitTwo() throws IOException {
        Path file = targets("  - {name: a, metric: abandonRate, expected: 0.05, tolerance: 0.01, role: fitted}\n");
        Result r = small(file);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("role") && r.err().contains("held-out"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void targetsForSectorsTheScenarioLacksAreOneLineAndExitTwo() {
        Result r = validate("--scenario", TestScenarios.SMALL.toString(), "--customers", "500", "--days", "5",
                "--replications", "1", "--no-queue");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("sector 'Financial Services'") && r.err().contains("Banking, Energy"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFailedCalibrationCheckExitsWithOne() {
        Result r = validate("--scenario", "../scenarios/uk-baseline.yaml", "--targets",
                "../scenarios/targets/uk-2009.yaml", "--customers", "5000", "--days", "30", "--replications", "2",
                "--no-queue", "--set", "people.toleranceMean=40");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("FAIL"));
    }
}
