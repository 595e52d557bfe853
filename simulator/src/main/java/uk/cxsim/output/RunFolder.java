package uk.cxsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An output folder written safely: everything goes into a hidden temporary folder beside the target, which is
 * moved into place only when complete. A failed run leaves nothing half written, and an existing folder with
 * results in it is never touched. What a run killed outright leaves behind is removed by the next run into the same
 * parent folder (see {@link StaleStaging}), unless it holds checkpoints: then {@link #resume} finishes it.
 */
public final class RunFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Consumer<String> warnings;
    private boolean committed;

    private RunFolder(Path target, Path staging, Consumer<String> warnings) {
        this.target = target;
        this.staging = staging;
        this.warnings = warnings;
    }

    /** As {@link #prepare(Path, Consumer)}, saying on standard error which stale staging folders it removed. */
    public static RunFolder prepare(Path target) {
        return prepare(target, line -> System.err.println("cxsim: " + line));
    }

    /**
     * Prepares to write {@code target}; fails at once if it holds files already or cannot be written. Staging
     * folders beside it that killed runs left behind are removed first, one line each to {@code warnings}; the new
     * staging folder records its owner (see {@link StagingOwner}) so a later run can tell whether it was abandoned.
     */
    public static RunFolder prepare(Path target, Consumer<String> warnings) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new OutputException("output path " + target
                        + " is a file; give a folder that does not exist yet");
            }
            if (holdsFiles(abs, target)) {
                throw new OutputException("output folder " + target
                        + " already holds files; choose a new folder (earlier results are never overwritten)");
            }
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            StaleStaging.removeIn(parent, abs, warnings);
            Path staging = Files.createTempDirectory(parent, StaleStaging.prefix(abs));
            try {
                StagingOwner.current().writeInto(staging);
            } catch (IOException e) {
                StaleStaging.remove(staging);
                throw e;
            }
            return new RunFolder(abs, staging, warnings);
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write to output folder " + target + ": " + IoProblems.describe(e), e);
        }
    }

    /** Deletes a folder of cxsim's own and everything in it (a benchmark's scratch folder, say); true if it is gone. */
    public static boolean removeTree(Path folder) {
        return StaleStaging.remove(folder);
    }

    /**
     * Reopens the staging folder of an interrupted run into {@code target} to finish it: the one with checkpoints
     * (the latest, if several) whose run is no longer going. This process becomes its owner.
     */
    public static RunFolder resume(Path target, Consumer<String> warnings) {
        Path given = target.toAbsolutePath().normalize();
        // the hidden staging folder itself (the path a later run reported) stands for the folder it was to become
        Optional<Path> named = StaleStaging.targetOfStaging(given);
        Path abs = named.orElse(given);
        if (Files.isDirectory(abs) && holdsFiles(abs, abs)) {
            throw new OutputException("output folder " + abs + " already holds results; there is nothing to "
                    + "resume");
        }
        Path staging = named.isPresent()
                ? StaleStaging.stopped(given).orElseThrow(() -> new OutputException("no checkpoints in " + target
                        + " to resume from (runs keep checkpoints with --checkpoint-every-days)"))
                : StaleStaging.resumable(abs).orElseThrow(() -> new OutputException("no interrupted run "
                        + "into " + target + " to resume (no " + StaleStaging.prefix(abs) + "* folder with "
                        + "checkpoints in " + abs.getParent()
                        + "; runs keep checkpoints with --checkpoint-every-days)"));
        try {
            StagingOwner.current().writeInto(staging);
        } catch (IOException e) {
            throw new OutputException("cannot write to " + staging + ": " + IoProblems.describe(e), e);
        }
        return new RunFolder(abs, staging, warnings);
    }

    /** Whether the folder {@code abs} (given as {@code target}) has anything in it. */
    private static boolean holdsFiles(Path abs, Path target) {
        try (Stream<Path> s = Files.list(abs)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new OutputException("cannot read output folder " + target + ": " + IoProblems.describe(e), e);
        }
    }

    /** The run's checkpoints, kept in its staging folder and removed when the results are committed. */
    public CheckpointFolder checkpoints() {
        return new CheckpointFolder(staging.resolve(CheckpointFolder.NAME));
    }

    /** Where to write files until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    public void writeText(String name, String text) {
        try {
            Path f = staging.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("cannot write " + name + ": " + IoProblems.describe(e), e);
        }
    }

    /**
     * Removes these files or folders of the staging folder (the half-written part of what failed) and moves the
     * rest into place.
     */
    public void commitWithout(String... names) {
        for (String name : names) {
            Path p = staging.resolve(name);
            if (Files.exists(p) && !StaleStaging.remove(p)) {
                throw new OutputException("cannot remove " + p);
            }
        }
        commit();
    }

    /** Moves the complete folder into place. */
    public void commit() {
        try {
            Files.deleteIfExists(staging.resolve(StagingOwner.MARKER));
            Path checkpoints = staging.resolve(CheckpointFolder.NAME);
            if (Files.exists(checkpoints) && !StaleStaging.remove(checkpoints)) {
                throw new IOException("cannot remove the checkpoints in " + checkpoints);
            }
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            committed = true;
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new OutputException("output folder " + target + " was filled by someone else meanwhile", e);
        } catch (IOException e) {
            throw new OutputException("cannot move results into " + target + ": " + IoProblems.describe(e), e);
        }
    }

    /**
     * Removes the temporary folder if the results were never committed, unless it holds checkpoints: then the
     * run can still be finished, and {@code warnings} is told how.
     */
    @Override
    public void close() {
        if (committed || !Files.exists(staging)) {
            return;
        }
        if (Files.isDirectory(staging.resolve(CheckpointFolder.NAME))) {
            warnings.accept("kept the checkpoints of the unfinished run in " + staging + "; finish it with: cxsim "
                    + "resume " + target);
        } else {
            StaleStaging.remove(staging); // best effort: a later run removes what is left
        }
    }
}
