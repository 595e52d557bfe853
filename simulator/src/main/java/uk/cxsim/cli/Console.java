package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.function.Consumer;

import picocli.CommandLine.Model.CommandSpec;

/** How every command speaks on the terminal about folders: warnings on standard error, paths as the user sees them. */
final class Console {
    private Console() {
    }

    /** Where a command says what it tidied up on the way (stale staging folders): its stderr, one line each. */
    static Consumer<String> warnings(CommandSpec spec) {
        return line -> spec.commandLine().getErr().println("cxsim: " + line);
    }

    static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs) + "/";
    }
}
