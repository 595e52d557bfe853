package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --out DIR}, the folder a command writes, with the help text of the command that mixes it in (its default
 * folder, and what it does with one that exists); without it, a new timestamped folder under {@code outputs/}.
 */
final class OutputOption {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder")
    private Path folder;

    private final String description;

    OutputOption(String description) {
        this.description = description;
    }

    /** Gives --out the command's help text; picocli calls this as it mixes the option into the command. */
    @Spec(Spec.Target.MIXEE)
    void describeIn(CommandSpec command) {
        OptionWords.describe(command, "--out", description);
    }

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
