package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleStagingTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void folderOfARunKilledOutrightIsRemovedByTheNextRun() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        Process child = new ProcessBuilder(javaBin, "-cp", classpath, StagingHolder.class.getName(),
                dir.resolve("killed").toString()).redirectErrorStream(true).start();
        Path staging;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            staging = Path.of(r.readLine());
            child.destroyForcibly(); // kill -9: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.isDirectory(staging), "the killed run left " + staging);
        assertEquals(Optional.of(child.pid()), StagingOwner.readFrom(staging).map(StagingOwner::pid));

        try (RunFolder next = RunFolder.prepare(dir.resolve("next"), warnings::add)) {
            assertFalse(Files.exists(staging), "stale folder still there");
            assertEquals(List.of("removed stale staging folder " + staging + " (left by process " + child.pid()
                    + ", which is no longer running)"), warnings);
        }
    }

    @Test
    void folderOfARunStillGoingIsKept() throws IOException {
        Path live = staging("live");
        StagingOwner.current().writeInto(live);
        try (RunFolder next = RunFolder.prepare(dir.resolve("next"), warnings::add)) {
            assertTrue(Files.isDirectory(live));
            assertEquals(List.of(), warnings);
        }
    }

    @Test
    void processIdReusedByAnotherProcessMeansStale() throws IOException {
        Path reused = staging("reused");
        new StagingOwner(ProcessHandle.current().pid(), Optional.of(Instant.EPOCH)).writeInto(reused);
        try (RunFolder next = RunFolder.prepare(dir.resolve("next"), warnings::add)) {
            assertFalse(Files.exists(reused));
            assertEquals(1, warnings.size(), warnings.toString());
        }
    }

    @Test
    void folderWithoutOwnerIsStaleOnlyOnceOld() throws IOException {
        Path fresh = staging("fresh");
        Path old = staging("old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(StaleStaging.UNMARKED_AGE).minusSeconds(60)));
        try (RunFolder next = RunFolder.prepare(dir.resolve("next"), warnings::add)) {
            assertTrue(Files.isDirectory(fresh), "a run may be about to write its marker");
            assertFalse(Files.exists(old));
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("removed stale staging folder " + old + " (no owner recorded"),
                    warnings.get(0));
        }
    }

    @Test
    void anInterruptedRunWithCheckpointsIsKeptUnlessItsOwnFolderIsRunAgain() throws IOException {
        Path other = stoppedWithCheckpoints("other");
        Path same = stoppedWithCheckpoints("next");
        try (RunFolder next = RunFolder.prepare(dir.resolve("next"), warnings::add)) {
            assertTrue(Files.isDirectory(other), "another folder's interrupted run can still be finished");
            assertFalse(Files.exists(same), "running into the same folder again starts it afresh");
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.contains("kept interrupted run " + other + " (left by process "
                    + ProcessHandle.current().pid() + ", which is no longer running); finish it with: cxsim resume "
                    + dir.resolve("other")), warnings.toString());
        }
        assertEquals(Optional.of(other), StaleStaging.resumable(dir.resolve("other")));
        assertEquals(Optional.empty(), StaleStaging.resumable(dir.resolve("next")));
    }

    @Test
    void resumeTakesTheHiddenFolderALaterRunReportedAsItsTarget() throws IOException {
        Path older = stoppedWithCheckpoints("cut");
        stoppedWithCheckpoints("cut");
        Files.setLastModifiedTime(older.resolve(CheckpointFolder.NAME), FileTime.from(Instant.EPOCH));
        try (RunFolder folder = RunFolder.resume(older, warnings::add)) {
            assertEquals(dir.resolve("cut"), folder.target());
            assertEquals(older, folder.staging(), "the folder named, not the latest one for the same target");
        }

        Path empty = staging("empty");
        OutputException none = assertThrows(OutputException.class,
                () -> RunFolder.resume(empty, warnings::add));
        assertEquals("no checkpoints in " + empty + " to resume from (runs keep checkpoints with "
                + "--checkpoint-every-days)", none.getMessage());

        Path live = staging("live");
        StagingOwner.current().writeInto(live);
        Files.createDirectories(live.resolve(CheckpointFolder.NAME));
        OutputException going = assertThrows(OutputException.class,
                () -> RunFolder.resume(live, warnings::add));
        assertTrue(going.getMessage().startsWith("the run into " + dir.resolve("live") + " is still going"),
                going.getMessage());
    }

    @Test
    void anUnfinishedRunWithCheckpointsKeepsThemWhenItFails() {
        Path target = dir.resolve("failing");
        Path staging;
        try (RunFolder folder = RunFolder.prepare(target, warnings::add)) {
            staging = folder.staging();
            folder.checkpoints().write("replication-0000.state", out -> out.write(1));
        }
        assertTrue(Files.isRegularFile(staging.resolve(CheckpointFolder.NAME).resolve("replication-0000.state")));
        assertEquals(List.of("kept the checkpoints of the unfinished run in " + staging + "; finish it with: cxsim "
                + "resume " + target), warnings);
    }

    @Test
    void committedResultsCarryNoOwnerMarker() {
        Path target = dir.resolve("done");
        try (RunFolder folder = RunFolder.prepare(target, warnings::add)) {
            assertTrue(Files.isRegularFile(folder.staging().resolve(StagingOwner.MARKER)));
            folder.writeText("a.txt", "a");
            folder.commit();
        }
        assertTrue(Files.isRegularFile(target.resolve("a.txt")));
        assertFalse(Files.exists(target.resolve(StagingOwner.MARKER)));
    }

    /** The staging folder of a stopped run into {@code name} (its process id since reused) with checkpoints. */
    private Path stoppedWithCheckpoints(String name) throws IOException {
        Path s = staging(name);
        new StagingOwner(ProcessHandle.current().pid(), Optional.of(Instant.EPOCH)).writeInto(s);
        Files.createDirectories(s.resolve(CheckpointFolder.NAME));
        return s;
    }

    private Path staging(String name) throws IOException {
        return Files.createTempDirectory(dir, StaleStaging.prefix(dir.resolve(name)));
    }
}
