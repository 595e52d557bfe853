package uk.cxsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folder of a long batch (sweep, sensitivity) that writes rows as it goes. A new folder gets the batch's
 * manifest first; an existing folder is reopened only if it holds the same manifest (the same batch, to resume),
 * and refused otherwise, so another batch's results are never mixed in or overwritten.
 */
public final class ResumableFolder {
    public static final String MANIFEST = "batch.json";

    private ResumableFolder() {
    }

    /** Opens or creates {@code dir} for the batch described by {@code manifest}; true if resuming. */
    public static boolean open(Path dir, String manifest) {
        Path file = dir.resolve(MANIFEST);
        try {
            if (Files.isDirectory(dir)) {
                if (Files.isRegularFile(file)) {
                    String existing = Files.readString(file, StandardCharsets.UTF_8);
                    if (!existing.equals(manifest)) {
                        throw new OutputException("output folder " + dir + " holds a different batch (its "
                                + MANIFEST + " differs); give a new folder, or the same options to resume");
                    }
                    return true;
                }
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new OutputException("output folder " + dir + " already holds files that are not a "
                                + "batch to resume; choose a new folder");
                    }
                }
            } else if (Files.exists(dir)) {
                throw new OutputException("output path " + dir + " is a file; give a folder");
            }
            Files.createDirectories(dir);
            Files.writeString(file, manifest, StandardCharsets.UTF_8);
            return false;
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write to output folder " + dir + ": " + IoProblems.describe(e), e);
        }
    }
}
