package uk.cxsim.studio;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the studio writes a job's folder ({@code outputs/studio/<base>/<time>-<id>-<what>/}) and how the API shows
 * it: relative to the studio's outputs, never the machine's layout.
 */
final class StudioFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StudioFolders() {
    }

    /** The folder of job {@code id} on {@code base}, named after {@code what} (the what-if, or side-by-side). */
    static Path target(Path outputs, String base, String id, String what) {
        return outputs.resolve("studio").resolve(base).resolve(LocalDateTime.now().format(STAMP) + "-" + id + "-"
                + what);
    }

    /** The folder as the API shows it. */
    static String shown(Path outputs, Path folder) {
        return outputs.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString();
    }
}
