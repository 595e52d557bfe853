package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import uk.cxsim.TestScenarios;

class ExperimentCommandsTest {
    private static final String SMALL = TestScenarios.SMALL.toString();
    private static final String[] SIZE = {"--customers", "2000", "--days", "20"};

    @TempDir
    Path dir;

    private static String[] args(String[] head, String... tail) {
        String[] a = new String[head.length + SIZE.length + tail.length];
        System.arraycopy(head, 0, a, 0, head.length);
        System.arraycopy(SIZE, 0, a, head.length, SIZE.length);
        System.arraycopy(tail, 0, a, head.length + SIZE.length, tail.length);
        return a;
    }

    private String[] sweep(Path out, String threads) {
        return args(new String[]{"sweep", SMALL}, "--param", "people.toleranceMean=4:8:4", "--replications", "2",
                "--threads", threads, "--quiet", "--out", out.toString());
    }

    @Test
    void sweepWritesOneRowPerPointAndReplicationWithTheValuesInTheRow() throws IOException {
        Path out = dir.resolve("sweep");
        assertEquals(0, new CliHarness().run(sweep(out, "2")));
        List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1 + 4 * 2, lines.size());
        assertTrue(lines.get(0).startsWith("point,replication,seed,people.toleranceMean,costOfPoorServiceGbp"));
        assertTrue(lines.get(1).startsWith("0,0,7,4,"), lines.get(1));
        assertTrue(lines.get(8).startsWith("3,1,7,8,"), lines.get(8));
    }

    @Test
    void threadCountDoesNotChangeTheSweep() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, new CliHarness().run(sweep(one, "1")));
        assertEquals(0, new CliHarness().run(sweep(two, "2")));
        assertEquals(Files.readString(one.resolve("sweep.csv")), Files.readString(two.resolve("sweep.csv")));
    }

    @Test
    void anInterruptedSweepResumesWhereItStopped() throws IOException {
        Path full = dir.resolve("full");
        assertEquals(0, new CliHarness().run(sweep(full, "2")));
        Path cut = dir.resolve("cut");
        assertEquals(0, new CliHarness().run(sweep(cut, "2")));
        // simulate an interruption: the last three rows never made it, the one before was cut mid-line
        List<String> lines = Files.readAllLines(cut.resolve("sweep.csv"));
        String kept = String.join("\n", lines.subList(0, lines.size() - 3)) + "\n"
                + lines.get(lines.size() - 3).substring(0, 12);
        Files.writeString(cut.resolve("sweep.csv"), kept, StandardCharsets.UTF_8);
        CliHarness again = new CliHarness();
        assertEquals(0, again.run(args(new String[]{"sweep", SMALL}, "--param", "people.toleranceMean=4:8:4",
                "--replications", "2", "--threads", "2", "--out", cut.toString())));
        assertTrue(again.out.toString().contains("Resuming"), again.out.toString());
        assertTrue(again.out.toString().contains("3 runs done, 5 skipped"), again.out.toString());
        assertEquals(Files.readString(full.resolve("sweep.csv")), Files.readString(cut.resolve("sweep.csv")));
    }

    @Test
    void sparkWithoutTheSparkModuleIsBadInputAndWritesNothing() {
        Path out = dir.resolve("spark");
        CliHarness h = new CliHarness();
        assertEquals(2, h.run(args(new String[]{"sweep", SMALL}, "--param", "people.toleranceMean=4:8:2", "--spark",
                "--out", out.toString())));
        assertTrue(h.err.toString().startsWith("cxsim: --spark needs the Spark module"), h.err.toString());
        assertEquals(1, h.err.toString().strip().lines().count(), h.err.toString());
        assertFalse(Files.exists(out));

        CliHarness m = new CliHarness();
        assertEquals(2, m.run(args(new String[]{"compare", SMALL, TestScenarios.ONE_CHANNEL.toString()},
                "--master", "local[2]", "--out", out.toString())));
        assertTrue(m.err.toString().contains("--master is a Spark master's URL and needs --spark"), m.err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDifferentSweepNeverWritesIntoAnotherSweepsFolder() throws IOException {
        Path out = dir.resolve("s");
        assertEquals(0, new CliHarness().run(sweep(out, "2")));
        String before = Files.readString(out.resolve("sweep.csv"));
        CliHarness h = new CliHarness();
        assertEquals(2, h.run(args(new String[]{"sweep", SMALL}, "--param", "people.toleranceMean=4:9:4",
                "--out", out.toString())));
        assertTrue(h.err.toString().contains("holds a different batch"), h.err.toString());
        assertEquals(before, Files.readString(out.resolve("sweep.csv")));
    }

    @Test
    void aFailedRunIsReportedWithItsSeedAndValuesAndTheSweepGoesOn() throws IOException {
        // values out of range are refused before the sweep starts (each key is checked at its extremes); an odd
        // degree between two even ones passes that check and fails only when its point runs
        Path out = dir.resolve("fail");
        CliHarness h = new CliHarness();
        int code = h.run(args(new String[]{"sweep", SMALL}, "--param", "network.degree=4,5,6",
                "--quiet", "--out", out.toString()));
        assertEquals(1, code);
        assertTrue(h.out.toString().contains("run failed: point 1, replication 0, seed 7, values [5.0]"),
                h.out.toString());
        assertTrue(Files.readString(out.resolve("failures.csv")).contains("degree: must be even, found 5"));
        assertEquals(1 + 2, Files.readAllLines(out.resolve("sweep.csv")).size(), "points 0 and 2 still ran");

        CliHarness fast = new CliHarness();
        assertEquals(1, fast.run(args(new String[]{"sweep", SMALL}, "--param", "network.degree=4,5,6",
                "--fail-fast", "--threads", "1", "--quiet", "--out", dir.resolve("fast").toString())));
        assertTrue(fast.err.toString().contains("run failed at point 1"), fast.err.toString());
        assertEquals(1 + 1, Files.readAllLines(dir.resolve("fast").resolve("sweep.csv")).size());
    }

    @Test
    void aValueOutOfRangeAnywhereInTheSweepIsRefusedBeforeItStarts() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run(args(new String[]{"sweep", SMALL}, "--param", "people.toleranceMean=5,-1,6",
                "--quiet", "--out", dir.resolve("never").toString())));
        assertEquals("cxsim: --param: people.toleranceMean: -1 is out of range; allowed 0.01 to 1000",
                h.err.toString().strip());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aMistypedSweepKeyIsBadInput() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run(args(new String[]{"sweep", SMALL}, "--param", "people.tolerance=4:8:3",
                "--out", dir.resolve("x").toString())));
        assertTrue(h.err.toString().contains("people.tolerance: unknown key"), h.err.toString());
        assertFalse(Files.exists(dir.resolve("x").resolve("sweep.csv")));
    }

    @Test
    void replicationsGiveIntervalsAndDoNotDependOnThreads() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, new CliHarness().run(args(new String[]{"run", SMALL}, "--replications", "3", "--threads", "1",
                "--quiet", "--out", a.toString())));
        assertEquals(0, new CliHarness().run(args(new String[]{"run", SMALL}, "--replications", "3", "--threads", "2",
                "--quiet", "--out", b.toString())));
        for (String f : List.of("summary.json", "figures.csv", "sectors.csv", "timeseries.csv")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        Map<String, Object> summary = new Yaml().load(Files.readString(a.resolve("summary.json")));
        assertEquals(3, summary.get("replications"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> ci = (Map<String, Map<String, Object>>) summary.get("confidenceIntervals");
        Map<String, Object> cost = ci.get("costOfPoorServiceGbp");
        double low = ((Number) cost.get("ci95Low")).doubleValue();
        double high = ((Number) cost.get("ci95High")).doubleValue();
        double mean = ((Number) summary.get("costOfPoorServiceGbp")).doubleValue();
        assertTrue(low < mean && mean < high, low + " < " + mean + " < " + high);
        assertEquals(mean, ((Number) cost.get("mean")).doubleValue(), 1e-6 * mean);
        assertTrue(Files.readString(a.resolve("sectors.csv")).startsWith("replication,sector,"));
    }

    @Test
    void compareWritesPairedDifferencesAndGbpSaved() throws IOException {
        Path out = dir.resolve("cmp");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run(args(new String[]{"compare", SMALL, TestScenarios.ONE_CHANNEL.toString()},
                "--replications", "3", "--out", out.toString())), h.err.toString());
        String csv = Files.readString(out.resolve("comparison.csv"));
        assertTrue(csv.startsWith("variant,scope,sector,metric,baseline,variant,difference,differenceCi95Low,"
                + "differenceCi95High,gbpSavedPerYear"), csv);
        assertTrue(csv.contains("one-channel,all,,costOfPoorServiceGbp,"));
        assertTrue(csv.contains("one-channel,sector,Banking,costOfPoorServiceGbp,"));
        Map<String, Object> json = new Yaml().load(Files.readString(out.resolve("comparison.json")));
        assertEquals("small", json.get("baseline"));
        assertTrue(h.out.toString().contains("GBP saved/year"), h.out.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void compareOverSeveralYearsWritesTheBusinessCaseYearByYear() throws IOException {
        Path out = dir.resolve("years");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("compare", SMALL, TestScenarios.ONE_CHANNEL.toString(), "--customers", "2000",
                "--years", "2", "--replications", "2", "--out", out.toString()), h.err.toString());
        List<String> csv = Files.readAllLines(out.resolve("business_case.csv"));
        assertEquals("variant,perspective,name,sector,line,value,ci95Low,ci95High", csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("one-channel,uk,UK,,netBenefitGbpPerYear,")), csv.get(1));
        Map<String, Object> json = new Yaml().load(Files.readString(out.resolve("comparison.json")));
        Map<String, Object> bc = (Map<String, Object>) ((Map<String, Object>) json.get("businessCase"))
                .get("one-channel");
        assertEquals(730, bc.get("measuredDays"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) bc.get("rows");
        Map<String, Object> uk = rows.get(rows.size() - 1);
        assertEquals("uk", uk.get("perspective"));
        assertEquals(2, ((List<Object>) uk.get("netBenefitGbpByYear")).size());
        assertEquals(2, ((List<Object>) uk.get("netBenefitCi95")).size());
        assertTrue(h.out.toString().contains("Business case: one-channel"), h.out.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("years 1 to 2 (730 days)"));
        CliHarness both = new CliHarness();
        assertEquals(2, both.run("compare", SMALL, TestScenarios.ONE_CHANNEL.toString(), "--years", "2", "--days",
                "30", "--out", dir.resolve("bad").toString()));
        assertTrue(both.err.toString().contains("--years"), both.err.toString());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void anExperimentFileRunsTheCommandItDescribes() throws IOException {
        Path file = dir.resolve("exp.yaml");
        Files.writeString(file, """
                kind: sweep
                scenario: %s
                design: lhs
                samples: 3
                parameters:
                  people.toleranceMean: 4:8
                customers: 2000
                days: 20
                """.formatted(TestScenarios.SMALL.toAbsolutePath()));
        Path out = dir.resolve("exp");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("experiment", file.toString(), "--quiet", "--out", out.toString()), h.err.toString());
        assertEquals(1 + 3, Files.readAllLines(out.resolve("sweep.csv")).size());
        Files.writeString(file, "kind: sweep\nscenario: x.yaml\ndesgin: lhs\n");
        CliHarness bad = new CliHarness();
        assertEquals(2, bad.run("experiment", file.toString()));
        assertTrue(bad.err.toString().contains(":3: desgin: unknown key for a sweep experiment"), bad.err.toString());
    }

    @Test
    void everySavedExperimentIsValid() throws IOException {
        try (var files = Files.list(TestScenarios.SCENARIOS.resolve("experiments"))) {
            for (Path f : files.toList()) {
                CliHarness h = new CliHarness();
                assertEquals(0, h.run("experiment", f.toString(), "--dry-run"), f + ": " + h.err);
            }
        }
    }
}
