package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.output.RunFolder;
import uk.cxsim.workflow.Build;
import uk.cxsim.workflow.RunRequest;

/**
 * A run killed outright (kill -9) part way through is finished by {@code cxsim resume} to the very outputs of a run
 * that was never stopped, and a finished run keeps no checkpoints.
 */
class ResumeCommandTest {
    /** A run long enough to be killed part way: two replications side by side, several checkpoints each. */
    private static final List<String> RUN = List.of("run", TestScenarios.SMALL.toString(), "--customers", "20000",
            "--days", "150", "--replications", "2", "--threads", "2", "--quiet");

    private static final Pattern SESSION_DETAILS =
            Pattern.compile("\\b(startedAt|resumedAt|wallSeconds|threads|checkpointEveryDays|checkpointSeconds)\\b");

    @TempDir
    Path dir;

    @Test
    void aRunKilledPartWayIsResumedToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Main.execute(args(RUN, "--out", whole.toString())));

        Path killed = dir.resolve("killed");
        Process child = new ProcessBuilder(childCommand(killed)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path state = awaitCheckpoint(killed, child);
        assertTrue(child.isAlive(), "the run must still be going when it is killed");
        child.destroyForcibly(); // kill -9: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(state), "the killed run left its checkpoint " + state);
        assertFalse(Files.exists(killed), "nothing is published before the run is complete");

        CliHarness resume = new CliHarness();
        assertEquals(0, resume.run("resume", killed.toString(), "--threads", "1", "--quiet"), resume.err.toString());

        List<Path> files = files(whole);
        assertEquals(files, files(killed), "the same files");
        for (Path f : files) {
            if (f.toString().equals("run.json") || f.toString().equals("report.html")) {
                assertEquals(withoutSessionDetails(whole.resolve(f)), withoutSessionDetails(killed.resolve(f)),
                        f + " differs from the uninterrupted run's beyond when, how fast and on how many threads");
            } else {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)),
                        f + " differs from the uninterrupted run's");
            }
        }
        String manifest = Files.readString(killed.resolve("run.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"resumedAt\"") && manifest.contains("\"checkpointEveryDays\": 10"), manifest);
        assertEquals(List.of(), staging(killed), "the finished run leaves no staging folder or checkpoints");
        assertFalse(Files.exists(killed.resolve("checkpoint")));
    }

    @Test
    void aFinishedRunKeepsNoCheckpoints() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("run", TestScenarios.SMALL.toString(), "--customers", "2000", "--quiet",
                "--checkpoint-every-days", "5", "--out", out.toString()));
        assertFalse(Files.exists(out.resolve("checkpoint")));
        assertEquals(List.of(), staging(out));
        assertTrue(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8).contains("checkpointEveryDays"));
    }

    @Test
    void nothingToResumeIsOneLineAndExitTwo() throws IOException {
        CliHarness none = new CliHarness();
        assertEquals(2, none.run("resume", dir.resolve("never").toString()));
        assertOneLine(none.err.toString(), "no interrupted run into");

        Path done = dir.resolve("done");
        assertEquals(0, Main.execute("run", TestScenarios.SMALL.toString(), "--customers", "2000", "--quiet",
                "--out", done.toString()));
        CliHarness finished = new CliHarness();
        assertEquals(2, finished.run("resume", done.toString()));
        assertOneLine(finished.err.toString(), "already holds results");

        CliHarness zero = new CliHarness();
        assertEquals(2, zero.run("run", TestScenarios.SMALL.toString(), "--checkpoint-every-days", "0",
                "--out", dir.resolve("zero").toString()));
        assertOneLine(zero.err.toString(), "--checkpoint-every-days must be at least 1");
        assertFalse(Files.exists(dir.resolve("zero")));
    }

    @Test
    void checkpointsOfAnotherBuildAreRefusedInOneLine() throws IOException {
        Path target = dir.resolve("old");
        Path staging;
        try (RunFolder folder = RunFolder.prepare(target, line -> { })) {
            staging = folder.staging();
            new RunRequest(null, 1, 10, "2026-01-01T00:00", "0.0.1 built long ago").saveTo(folder.checkpoints());
        }
        Files.delete(staging.resolve(".cxsim-owner")); // no process holds it any more

        CliHarness other = new CliHarness();
        assertEquals(2, other.run("resume", target.toString()));
        assertOneLine(other.err.toString(), "the run into " + target + " was started by cxsim 0.0.1 built long "
                + "ago and this is " + Build.current());
        assertTrue(Files.isDirectory(staging.resolve("checkpoint")), "the checkpoints are kept for that build");
    }

    /**
     * The manifest (run.json, and its table in the report) without what belongs to the session rather than the
     * results: start and resume times, elapsed seconds, threads, checkpointing and its cost.
     */
    private static List<String> withoutSessionDetails(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !SESSION_DETAILS.matcher(line).find())
                .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
                .toList();
    }

    private static void assertOneLine(String err, String expected) {
        assertTrue(err.startsWith("cxsim: ") && err.contains(expected), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    private List<String> childCommand(Path out) {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args(RUN, "--checkpoint-every-days", "10", "--out", out.toString())));
        return cmd;
    }

    /** Waits for the child's first replication checkpoint to land, and returns it. */
    private Path awaitCheckpoint(Path out, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            for (Path s : staging(out)) {
                Path state = s.resolve("checkpoint").resolve("replication-0001.state");
                if (Files.exists(state)) {
                    return state;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no checkpoint appeared; child said: "
                + Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8));
    }

    private static List<Path> staging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".partial-"))
                    .toList();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String[] args(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
