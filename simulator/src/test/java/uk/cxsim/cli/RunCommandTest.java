package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

import uk.cxsim.TestScenarios;
import uk.cxsim.scenario.ParameterTable;

class RunCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cxsim(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void runRemovesStagingFoldersLeftByKilledRunsAndSaysSo() throws IOException {
        Path abandoned = Files.createDirectory(dir.resolve(".earlier.partial-42"));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path live = Files.createDirectory(dir.resolve(".other.partial-43"));
        Files.writeString(live.resolve(".cxsim-owner"), "pid=" + ProcessHandle.current().pid() + "\nstarted="
                + ProcessHandle.current().info().startInstant().map(Instant::toString).orElse("unknown") + "\n");
        assertEquals(0, cxsim("run", TestScenarios.SMALL.toString(), "--quiet", "--out", dir.resolve("run").toString()),
                err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("cxsim: removed stale staging folder " + abandoned.toAbsolutePath()),
                lines.get(0));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.isDirectory(live), "a live run's folder is left alone");
    }

    @Test
    void aScenarioSaysHowManyReplicationsARunMakesAndTheOptionOverridesIt() throws IOException {
        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, "extends: " + TestScenarios.SMALL.toAbsolutePath()
                + "\nname: twice\nreplications: 2\n");
        assertEquals(0, cxsim("run", twice.toString(), "--customers", "1000", "--days", "5", "--quiet", "--out",
                dir.resolve("two").toString()), err.toString());
        assertEquals(2, replicationsOf(dir.resolve("two")));
        assertTrue(Files.readString(dir.resolve("two/report.html")).contains("95% CI over 2 replications"));
        assertEquals(0, cxsim("run", twice.toString(), "--customers", "1000", "--days", "5", "--replications", "1",
                "--quiet", "--out", dir.resolve("one").toString()), err.toString());
        assertEquals(1, replicationsOf(dir.resolve("one")));
        assertFalse(Files.readString(dir.resolve("one/report.html")).contains("+/- GBP"));

        Files.writeString(twice, "extends: " + TestScenarios.SMALL.toAbsolutePath() + "\nreplications: 0\n");
        assertEquals(2, cxsim("run", twice.toString(), "--quiet", "--out", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("replications"), err.toString());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    private static int replicationsOf(Path run) throws IOException {
        Map<String, Object> manifest = new Yaml().load(Files.readString(run.resolve("run.json")));
        return ((Number) manifest.get("replications")).intValue();
    }

    @Test
    void aMistypedOptionIsOneLineNamingItAndWhereTheOptionsAre() throws IOException {
        Path target = dir.resolve("typo");
        assertEquals(2, cxsim("run", TestScenarios.SMALL.toString(), "--customers", "lots", "--out",
                target.toString()));
        assertEquals(2, cxsim("run", "--custommers", "5"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertEquals("cxsim: Invalid value for option '--customers': 'lots' is not an int (see 'cxsim run --help')",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("cxsim: Unknown option: '--custommers'"), lines.get(1));
        assertFalse(Files.exists(target));
    }

    @Test
    void aValueOutOfRangeIsNamedByTheOptionTyped() throws IOException {
        Path target = dir.resolve("tiny");
        assertEquals(2, cxsim("run", TestScenarios.SMALL.toString(), "--customers", "50", "--out", target.toString()));
        assertEquals(2, cxsim("bench", "--sizes", "2000,0"));
        assertEquals(List.of("cxsim: --customers: customers: 50 is out of range; allowed 100 to 100000000",
                "cxsim: --sizes: customers: 0 is out of range; allowed 100 to 100000000"),
                err.toString().lines().toList());
        assertEquals("", out.toString(), "the benchmark prints nothing before refusing");
        assertFalse(Files.exists(target));
    }

    @Test
    void aBenchmarkSizeTooBigForTheHeapIsRefusedAtOnce() {
        long t0 = System.nanoTime();
        assertEquals(2, cxsim("bench-one", "--customers", "100000000"));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused before running");
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).matches("cxsim: --sizes: 100,000,000 customers in 11 sectors need about [0-9.]+ GiB "
                + "of heap, but only [0-9.]+ GiB is available; give each size --heap [0-9]+g .*"), lines.get(0));
    }

    @Test
    void runTooBigForTheHeapIsRefusedAtOnceAndWritesNothing() throws IOException {
        Path target = dir.resolve("huge");
        long t0 = System.nanoTime();
        assertEquals(2, cxsim("run", TestScenarios.SMALL.toString(), "--customers", "100000000", "--out",
                target.toString()));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused before running");
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).matches("cxsim: customers: 100,000,000 customers in 2 sectors need about [0-9.]+ GiB "
                + "of heap, but only [0-9.]+ GiB is available; run with CXSIM_JAVA_OPTS=-Xmx[0-9]+g .*"), lines.get(0));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no output folder, no staging folder");
        }
    }

    @Test
    void runWritesEveryOutputAndTheSummaryHasItsKeys() throws IOException {
        Path target = dir.resolve("run");
        assertEquals(0, cxsim("run", TestScenarios.SMALL.toString(), "--out", target.toString()), err.toString());
        for (String f : List.of("run.json", "summary.json", "timeseries.csv", "sectors.csv", "suppliers.csv",
                "leave_reasons.csv", "drivers.csv", "hourly.csv", "segments.csv")) {
            assertTrue(Files.size(target.resolve(f)) > 0, f);
        }
        String hourly = Files.readString(target.resolve("hourly.csv")).lines().findFirst().orElseThrow();
        for (String column : List.of("shareAnsweredWithinTarget", "serviceLevelTarget", "agentsOnDuty",
                "offeredLoadErlangs", "occupancy")) {
            assertTrue(hourly.contains(column), column + " in " + hourly);
        }
        List<String> segments = Files.readString(target.resolve("segments.csv")).lines().toList();
        assertTrue(segments.get(0).startsWith("replication,ageBand,sector,adults,relationshipsHeld,left.treatment"),
                segments.get(0));
        assertTrue(segments.stream().anyMatch(l -> l.contains(",all,")), "rows across all sectors");
        Map<String, Object> summary = new Yaml().load(Files.readString(target.resolve("summary.json")));
        for (String key : List.of("leaveReasonShares", "costOfPoorServiceGbp", "avgValuePerLostRelationshipGbp",
                "relationshipsLostToTreatment", "driverShares", "meanMinutesTrappedInIvr", "sectors", "suppliers",
                "operations", "steadyState", "wonBackFromRivals")) {
            assertTrue(summary.containsKey(key), key);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> shares = (Map<String, Object>) summary.get("leaveReasonShares");
        assertEquals(List.of("treatment", "product", "competitorOffer", "naturalSwitcher", "stoppedUsing", "died"),
                List.copyOf(shares.keySet()));
        double total = shares.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
        assertEquals(1.0, total, 1e-9);
        @SuppressWarnings("unchecked")
        Map<String, Object> steady = (Map<String, Object>) summary.get("steadyState");
        assertEquals(List.of("relationshipsChangePct", "loyaltyShareChangePts", "treatmentLeaversChangePct",
                "meaning"), List.copyOf(steady.keySet()));
        Map<String, Object> run = new Yaml().load(Files.readString(target.resolve("run.json")));
        for (String key : List.of("scenario", "parameters", "seed", "customers", "population", "scaleFactor", "version",
                "gitCommit", "wallSeconds")) {
            assertTrue(run.containsKey(key), key);
        }
        assertEquals(250, ((Number) run.get("scaleFactor")).doubleValue(), 1e-9);
        assertTrue(out.toString().contains("Poor service costs suppliers GBP"), out.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary folder may be left behind");
        }
    }

    @Test
    void badScenarioExitsWithTwoAndWritesNothing() throws IOException {
        Path target = dir.resolve("never");
        int code = cxsim("run", TestScenarios.SMALL.toString(), "--out", target.toString(),
                "--set", "people.toleranceMean=-1");
        assertEquals(2, code);
        assertTrue(err.toString().contains("people.toleranceMean: -1 is out of range"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void missingScenarioFileExitsWithTwo() {
        assertEquals(2, cxsim("run", dir.resolve("missing.yaml").toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("scenario file not found"), err.toString());
    }

    @Test
    void earlierResultsAreNeverTouched() throws IOException {
        Path target = dir.resolve("earlier");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "precious");
        assertEquals(2, cxsim("run", TestScenarios.SMALL.toString(), "--out", target.toString()));
        assertTrue(err.toString().contains("already holds files"), err.toString());
        assertEquals("precious", Files.readString(target.resolve("summary.json")));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void unwritableOutputFolderExitsWithTwo() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertEquals(2, cxsim("run", TestScenarios.SMALL.toString(), "--out", file.resolve("sub").toString()));
        assertTrue(err.toString().contains("cannot write to output folder"), err.toString());
    }

    @Test
    void badOptionExitsWithTwo() {
        assertEquals(2, cxsim("run", "--customers", "many"));
        assertEquals(2, cxsim("run", "--threads", "0", TestScenarios.SMALL.toString()));
    }

    @Test
    void validateQueuePrintsJson() {
        assertEquals(0, cxsim("validate", "queue", "--calls-per-hour", "100", "--aht-minutes", "3", "--agents", "6",
                "--hours", "2000", "--format", "json"));
        Map<String, Object> m = new Yaml().load(out.toString());
        double probWait = ((Number) m.get("probWait")).doubleValue();
        assertTrue(probWait > 0.4 && probWait < 0.8, out.toString());
        assertEquals(0.0, ((Number) m.get("abandonRate")).doubleValue());
        assertTrue(m.containsKey("meanWaitSeconds"));
    }

    @Test
    void validateQueueRejectsAnUnstableLoadWithoutPatience() {
        assertEquals(2, cxsim("validate", "queue", "--calls-per-hour", "100", "--aht-minutes", "6", "--agents", "5",
                "--format", "json"));
        assertTrue(err.toString().contains("Erlangs"), err.toString());
    }

    @Test
    void keysListsTheScenarioReference() {
        assertEquals(0, cxsim("keys"));
        assertTrue(out.toString().contains("`people.toleranceMean`"));
    }

    @Test
    void keysWithParametersPrintsTheParameterTable() {
        assertEquals(0, cxsim("keys", "--parameters"));
        assertEquals(ParameterTable.ukBaseline().toMarkdown(), out.toString());
        assertEquals("", err.toString());
    }
}
