package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.whatif.BusinessCase;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.workflow.RangedBusinessCase;

/**
 * {@code compare --ranges}: the business case at each end of each assumption a what-if states, priced again where the
 * simulation never reads the key (and the same as running again), run again where it does; the NPV's zero found where
 * it can be worked by hand; and bad ranges refused in one line before anything runs.
 */
class CompareRangesTest {
    private static final String SIZE = "days: 60\nwarmupDays: 10\n";

    @TempDir
    Path dir;


    private Path base() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, "extends: " + TestScenarios.SMALL.toAbsolutePath() + "\nname: base\n" + SIZE);
        return base;
    }

    /** Old Bank gives its agents the history, empowers them and frees its phone menu: a lever that pays. */
    private Path whatIf(String name, String ranges) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "extends: base.yaml\nname: " + name + "\nsectors:\n  Banking:\n    suppliers:\n"
                + "      Old Bank:\n        crm: {context: 1, followsTransfer: true}\n        empowerment: 1\n"
                + "        firstContactResolution: 1\n        ivr: {trapShare: 0}\n"
                + "        investment: {oneOffGbp: 2000000, perYearGbp: 100000}\n" + ranges);
        return f;
    }

    @Test
    void eachEndIsRunAndTheNpvsZeroIsWhereTheOneOffRepaysIt() throws Exception {
        Path base = base();
        Path lever = whatIf("history", "ranges:\n"
                + "  sectors.Banking.suppliers.Old Bank.investment.oneOffGbp: {label: Paid once, low: 0, "
                + "high: 1000000000, why: assumption}\n"
                + "  sectors.Banking.suppliers.Old Bank.crm.resolutionUplift: {low: 0, high: 0.1}\n"
                + "  sectors.Banking.marginShare: {low: 0.2, high: 0.4, why: assumption}\n");
        Path folder = dir.resolve("out");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("compare", base.toString(), lever.toString(), "--ranges", "--replications", "2",
                "--quiet", "--out", folder.toString()), cli.err.toString());
        assertTrue(Files.isRegularFile(folder.resolve("charts/business-case-tornado-history.png")));
        assertTrue(Files.readString(folder.resolve("business_case_ranges.csv")).lines().count() == 7);
        Map<String, Object> json = Json.read(Files.readString(folder.resolve("comparison.json")));
        Map<String, Object> ranges = cast(json.get("ranges"));
        Map<String, Object> r = cast(ranges.get("history"));
        assertEquals("Old Bank", r.get("name"), "the payer's books");
        List<Map<String, Object>> rows = cast(r.get("rows"));
        Map<String, Object> oneOff = rows.stream().filter(x -> ((String) x.get("key")).endsWith("oneOffGbp"))
                .findFirst().orElseThrow();
        assertEquals(true, oneOff.get("pricedOnly"));
        assertEquals(false, oneOff.get("movesBase"), "a lever's investment moves the what-if alone");
        // the NPV falls one for one with the one-off: it is zero where the one-off equals the NPV without one
        double npvAsStated = ((Number) r.get("npvGbp")).doubleValue();
        assertTrue(npvAsStated + 2_000_000 > 0, "the lever pays without its one-off: " + npvAsStated);
        double zero = 2_000_000 + npvAsStated;
        assertEquals(zero, ((Number) oneOff.get("npvZeroAt")).doubleValue(), 1e-6 * Math.abs(zero));
        Map<String, Object> low = cast(oneOff.get("low"));
        double atLow = ((Number) low.get("npvGbp")).doubleValue();
        assertEquals(npvAsStated + 2_000_000, atLow, 1e-6 * Math.abs(atLow));
        Map<String, Object> uplift = rows.stream().filter(x -> ((String) x.get("key")).endsWith("resolutionUplift"))
                .findFirst().orElseThrow();
        assertEquals(false, uplift.get("pricedOnly"), "a key the simulation reads is run again");
        Map<String, Object> margin = rows.stream().filter(x -> ((String) x.get("key")).endsWith("marginShare"))
                .findFirst().orElseThrow();
        assertEquals(true, margin.get("movesBase"), "a sector's economics move base and what-if together");
        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("What moves the case of history") && report.contains("Stops paying back at"),
                "the report's table");
    }

    @Test
    void pricingAgainGivesWhatRunningAgainGives() throws Exception {
        Path base = base();
        Path lever = whatIf("priced", "");
        ScenarioParams b = Scenarios.load(base, List.of()).params();
        ScenarioParams v = Scenarios.load(lever, List.of()).params();
        List<RunSummary> baseRuns = Replications.run(b, b, 0, 2, 2, ProgressListener.NONE);
        List<RunSummary> variantRuns = Replications.run(v, b, 0, 2, 2, ProgressListener.NONE);
        for (String key : List.of("sectors.Banking.suppliers.Old Bank.investment.oneOffGbp=5000000",
                "sectors.Banking.marginShare=0.6", "costs.agentHourSavingRealised=0.4",
                "sectors.Banking.complaints.redressGbp=300")) {
            boolean shared = RangedBusinessCase.shared(key.substring(0, key.indexOf('=')));
            assertTrue(RangedBusinessCase.priceOnly(key.substring(0, key.indexOf('='))), key);
            ScenarioParams b2 = shared ? Scenarios.load(base, List.of(key)).params() : b;
            ScenarioParams v2 = Scenarios.load(lever, List.of(key)).params();
            List<BusinessCaseRow> rerun = BusinessCase.every(Replications.run(b2, b2, 0, 2, 2, ProgressListener.NONE),
                    Replications.run(v2, b2, 0, 2, 2, ProgressListener.NONE));
            List<BusinessCaseRow> priced = BusinessCase.every(
                    baseRuns.stream().map(r -> new RunSummary(r.record().withParams(b2))).toList(),
                    variantRuns.stream().map(r -> new RunSummary(r.record().withParams(v2))).toList());
            for (int k = 0; k < rerun.size(); k++) {
                assertEquals(rerun.get(k).netBenefit().mean(), priced.get(k).netBenefit().mean(), 0, key);
                assertEquals(rerun.get(k).npv().mean(), priced.get(k).npv().mean(), 0, key);
            }
        }
        assertFalse(RangedBusinessCase.priceOnly("sectors.Banking.suppliers.Old Bank.crm.context"));
        assertFalse(RangedBusinessCase.shared("levers.allSuppliers.crm.context"));
        assertTrue(RangedBusinessCase.shared("behaviour.exitBarrier.complaint"));
    }

    @Test
    void aWhatIfWithoutRangesIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path base = base();
        Path plain = whatIf("plain", "");
        refused(base, plain, "--ranges: " + plain + " states no ranges");
    }

    @Test
    void aBadRangeIsRefusedInOneLineNamingItsKey() throws Exception {
        Path base = base();
        Path upsideDown = whatIf("upside-down", "ranges:\n  sectors.Banking.marginShare: {low: 0.5, high: 0.2}\n");
        refused(base, upsideDown, "ranges.sectors.Banking.marginShare.low: is 0.5, above high (0.2)");
        Path outside = whatIf("outside", "ranges:\n  sectors.Banking.marginShare: {low: 0.2, high: 1.5}\n");
        refused(base, outside, "marginShare: 1.5 is out of range; allowed 0 to 1");
        Path unknown = whatIf("unknown", "ranges:\n  sectors.Banking.marginShar: {low: 0.2, high: 0.3}\n");
        refused(base, unknown, "marginShar");
    }

    @Test
    void theEconomicKeysAreCheckedAsAnyOther() throws Exception {
        Path base = base();
        for (String bad : List.of("sectors.Banking.marginShare=1.2", "sectors.Banking.complaints.ombudsmanFeeGbp=-5",
                "costs.agentHourSavingRealised=2")) {
            CliHarness cli = new CliHarness();
            Path folder = dir.resolve("never-" + bad.hashCode());
            assertEquals(2, cli.run("run", base.toString(), "--set", bad, "--quiet", "--out", folder.toString()));
            StringWriter e = cli.err;
            String path = bad.substring(0, bad.indexOf('='));
            String key = path.substring(path.lastIndexOf('.') + 1);
            assertTrue(e.toString().contains(key) && e.toString().contains("allowed"), e.toString());
            assertEquals(1, e.toString().lines().count(), e.toString());
            assertFalse(Files.exists(folder));
        }
    }

    private void refused(Path base, Path lever, String says) {
        CliHarness cli = new CliHarness();
        StringWriter e = cli.err;
        Path folder = dir.resolve("refused-" + lever.getFileName());
        assertEquals(2, cli.run("compare", base.toString(), lever.toString(), "--ranges", "--replications", "2",
                "--quiet", "--out", folder.toString()), e.toString());
        assertTrue(e.toString().contains(says), e.toString());
        assertEquals(1, e.toString().lines().count(), e.toString());
        assertFalse(Files.exists(folder), "nothing written");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
