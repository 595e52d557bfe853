package uk.cxsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The process that owns a staging folder, written into it as a small marker file when the folder is made: its
 * process id and start instant. The pair tells a live owner from a dead one even when the operating system has
 * given the id to a new process since.
 */
record StagingOwner(long pid, Optional<Instant> started) {
    /** The marker's name inside the staging folder; removed before the folder becomes the results. */
    static final String MARKER = ".cxsim-owner";

    static StagingOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new StagingOwner(self.pid(), self.info().startInstant());
    }

    /** Whether the owner is still running: the id is alive and, where known, started at the same instant. */
    boolean alive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> now = handle.get().info().startInstant();
        return started.isEmpty() || now.isEmpty() || started.get().equals(now.get());
    }

    void writeInto(Path staging) throws IOException {
        Files.writeString(staging.resolve(MARKER), "pid=" + pid + "\nstarted="
                + started.map(Instant::toString).orElse("unknown") + "\n", StandardCharsets.UTF_8);
    }

    /** The owner named by the marker in {@code staging}, or empty if there is none or it cannot be read. */
    static Optional<StagingOwner> readFrom(Path staging) {
        try {
            Long pid = null;
            Optional<Instant> started = Optional.empty();
            for (String line : Files.readAllLines(staging.resolve(MARKER), StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    pid = Long.parseLong(line.substring(4));
                } else if (line.startsWith("started=") && !line.equals("started=unknown")) {
                    started = Optional.of(Instant.parse(line.substring(8)));
                }
            }
            return pid == null ? Optional.empty() : Optional.of(new StagingOwner(pid, started));
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
