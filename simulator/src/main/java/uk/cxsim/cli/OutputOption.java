package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import picocli.CommandLine.Option;

/**
 * {@code --out DIR}, the folder a command writes (each command says in {@code Help.properties} its default folder,
 * and what it does with one that exists); without it, a new timestamped folder under {@code outputs/}.
 */
final class OutputOption {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--out", paramLabel = "DIR") private Path folder;

    /** The folder --out names, else a new {@code outputs/<segments...>/<timestamp>}. */
    Path orDefault(String... segments) {
        return folder != null ? folder : defaultFolder(segments);
    }

    /** {@code outputs/<segments...>/<timestamp>}, each segment made safe for a file name; a new one. */
    private static Path defaultFolder(String... segments) {
        Path base = Path.of("outputs");
        for (String s : segments) {
            base = base.resolve(s.replaceAll("[^A-Za-z0-9._-]", "_"));
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path p = base.resolve(stamp);
        for (int k = 2; Files.exists(p); k++) {
            p = base.resolve(stamp + "-" + k);
        }
        return p;
    }
}
