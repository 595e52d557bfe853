package uk.cxsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds and removes the hidden staging folders ({@code .NAME.partial-*}) that runs killed outright (kill -9, a
 * power cut) leave beside their target. A folder is stale when the process that made it is no longer running (or
 * its id now belongs to another process), or when it has no readable owner marker and is older than
 * {@link #UNMARKED_AGE}. Folders of runs still going are left alone.
 */
final class StaleStaging {
    /** How old a staging folder without an owner marker must be before it counts as abandoned. */
    static final Duration UNMARKED_AGE = Duration.ofDays(1);
    static final String INFIX = ".partial-";

    private StaleStaging() {
    }

    /** The prefix of a staging folder for {@code target}. */
    static String prefix(Path target) {
        return "." + target.getFileName() + INFIX;
    }

    /**
     * Removes the stale staging folders in {@code parent}, saying one line each to {@code warnings}. A stale folder
     * with checkpoints is an interrupted run that can be resumed: it is kept (and said so), unless it was a run into
     * {@code target} itself, which the new run replaces.
     */
    static void removeIn(Path parent, Path target, Consumer<String> warnings) {
        for (Path folder : stagingIn(parent)) {
            Optional<String> why = whyStale(folder);
            boolean resumable = Files.isDirectory(folder.resolve(CheckpointFolder.NAME));
            if (why.isPresent() && resumable && !isFor(folder, target)) {
                warnings.accept("kept interrupted run " + folder + " (" + why.get() + "); finish it with: cxsim "
                        + "resume " + targetOf(folder));
            } else if (why.isPresent()) {
                warnings.accept(remove(folder) ? "removed stale staging folder " + folder + " (" + why.get() + ")"
                        : "cannot remove stale staging folder " + folder + " (" + why.get() + "); delete it by hand");
            }
        }
    }

    /** The latest staging folder with checkpoints of a run into {@code target} that is no longer going. */
    static Optional<Path> resumable(Path target) {
        Optional<Path> latest = Optional.empty();
        long latestTime = Long.MIN_VALUE;
        for (Path folder : stagingIn(target.getParent())) {
            Path checkpoints = folder.resolve(CheckpointFolder.NAME);
            if (!isFor(folder, target) || !Files.isDirectory(checkpoints)) {
                continue;
            }
            requireStopped(folder, target);
            try {
                long time = Files.getLastModifiedTime(checkpoints).toMillis();
                if (time > latestTime) {
                    latestTime = time;
                    latest = Optional.of(folder);
                }
            } catch (IOException e) {
                // unreadable: not resumable
            }
        }
        return latest;
    }

    /**
     * {@code folder}, named as a staging folder, if it holds checkpoints of a run that is no longer going; empty if it
     * holds none.
     */
    static Optional<Path> stopped(Path folder) {
        if (!Files.isDirectory(folder.resolve(CheckpointFolder.NAME))) {
            return Optional.empty();
        }
        requireStopped(folder, targetOf(folder));
        return Optional.of(folder);
    }

    /** The output folder {@code p} was to become, if {@code p} is named as a staging folder. */
    static Optional<Path> targetOfStaging(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        return n.startsWith(".") && n.contains(INFIX) ? Optional.of(targetOf(p)) : Optional.empty();
    }

    private static void requireStopped(Path folder, Path target) {
        Optional<StagingOwner> owner = StagingOwner.readFrom(folder);
        if (owner.isPresent() && owner.get().alive()) {
            throw new OutputException("the run into " + target + " is still going (process " + owner.get().pid()
                    + "); wait for it or stop it first");
        }
    }

    private static List<Path> stagingIn(Path parent) {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(StaleStaging::isStaging).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the folder is checked again when the run writes into it
        }
    }

    private static boolean isFor(Path folder, Path target) {
        return folder.getFileName().toString().startsWith(prefix(target));
    }

    /** The output folder a staging folder was to become. */
    private static Path targetOf(Path folder) {
        String name = folder.getFileName().toString();
        return folder.resolveSibling(name.substring(1, name.lastIndexOf(INFIX)));
    }

    private static boolean isStaging(Path p) {
        return targetOfStaging(p).isPresent() && Files.isDirectory(p);
    }

    /** Why {@code folder} is stale, or empty if it may belong to a run still going. */
    static Optional<String> whyStale(Path folder) {
        Optional<StagingOwner> owner = StagingOwner.readFrom(folder);
        if (owner.isPresent()) {
            return owner.get().alive() ? Optional.empty()
                    : Optional.of("left by process " + owner.get().pid() + ", which is no longer running");
        }
        try {
            Instant modified = Files.getLastModifiedTime(folder).toInstant();
            return modified.isBefore(Instant.now().minus(UNMARKED_AGE))
                    ? Optional.of("no owner recorded, untouched since " + modified) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes {@code folder} and everything in it; true if it is gone. */
    static boolean remove(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // reported below if the folder is still there
        }
        return !Files.exists(folder);
    }
}
