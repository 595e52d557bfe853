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

    /** Removes the stale staging folders in {@code parent}, saying one line each to {@code warnings}. */
    static void removeIn(Path parent, Consumer<String> warnings) {
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(StaleStaging::isStaging).sorted().toList();
        } catch (IOException e) {
            return; // the folder is checked again when the run writes into it
        }
        for (Path folder : candidates) {
            Optional<String> why = whyStale(folder);
            if (why.isPresent()) {
                warnings.accept(remove(folder) ? "removed stale staging folder " + folder + " (" + why.get() + ")"
                        : "cannot remove stale staging folder " + folder + " (" + why.get() + "); delete it by hand");
            }
        }
    }

    private static boolean isStaging(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.contains(INFIX) && Files.isDirectory(p);
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
