package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;

/** {@code compare --ensemble}: every what-if on every member, with ranges in the tables, the report and a chart. */
class CompareEnsembleTest {
    private static final String ENSEMBLE = "src/test/resources/ensembles/small-three.yaml";

    @TempDir
    Path dir;

    @Test
    void whatIfsRunOnEveryMemberAndReportTheirSpread() throws IOException {
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("compare", TestScenarios.SMALL.toString(), TestScenarios.ONE_CHANNEL.toString(),
                "--ensemble", ENSEMBLE, "--replications", "2", "--days", "20", "--out", out.toString()),
                h.err.toString());
        assertTrue(h.out.toString().contains("one-channel across 3 worlds that fit the evidence"), h.out.toString());

        List<String> rows = Files.readAllLines(out.resolve("ensemble_comparison.csv"), StandardCharsets.UTF_8);
        assertEquals(4, rows.size(), "a header and one row per member");
        assertTrue(rows.get(0).startsWith("variant,member,people.toleranceMean,ukNetBenefitGbpPerYear,ukPaysBack,"),
                rows.get(0));
        assertTrue(rows.get(2).startsWith("one-channel,m02,6,"), rows.get(2));

        String json = Files.readString(out.resolve("comparison.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"ensemble\"") && json.contains("\"members\": 3")
                && json.contains("\"paysBackShare\"") && json.contains("\"parameterShare\""), json);
        assertTrue(json.contains("\"customers\": 3000"), "the members ran at the ensemble's size");
        assertTrue(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)
                .contains("Across the worlds that fit the evidence"));
        assertTrue(Files.size(out.resolve("charts/what-if-across-ensemble.png")) > 10_000);
    }

    @Test
    void aVariantOfAnotherMarketIsRefusedInOneLine() {
        Path out = dir.resolve("other");
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("compare", TestScenarios.SMALL.toString(), "../scenarios/ivr-escape-hatch.yaml",
                "--replications", "2", "--out", out.toString()));
        assertTrue(h.err.toString().startsWith("cxsim: variant ../scenarios/ivr-escape-hatch.yaml"), h.err.toString());
        assertEquals(1, h.err.toString().strip().lines().count());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingEnsembleFileIsOneLineAndExitTwo() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("compare", TestScenarios.SMALL.toString(), TestScenarios.ONE_CHANNEL.toString(),
                "--ensemble", dir.resolve("none.yaml").toString(), "--out", dir.resolve("x").toString()));
        assertEquals(1, h.err.toString().strip().lines().count(), h.err.toString());
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
