package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every help text is a format string to picocli: a lone {@code %} (as in "90% of") cannot be formatted, so picocli
 * prints a warning above the help and shows the raw text. Checks every command's and option's description as
 * written in the source.
 */
class HelpTextTest {

    /** Descriptions checked and those that do not format. */
    private final List<String> checked = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();

    @Test
    void everyDescriptionFormats() {
        check(Main.commandLine());
        assertTrue(checked.size() > 100, "descriptions found: " + checked.size());
        assertTrue(broken.isEmpty(), "descriptions picocli cannot format (write %% for %): " + broken);
    }

    @Test
    void aLonePercentIsCaught() {
        checkLine("x", "up to 90% of the memory");
        checkLine("x", "a 95%% CI");
        assertEquals(List.of("x: up to 90% of the memory"), broken);
    }

    private void check(CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        Command command = spec.userObject().getClass().getAnnotation(Command.class);
        for (String line : command == null ? new String[0] : command.description()) {
            checkLine(spec.qualifiedName(), line);
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            for (String line : written(arg)) {
                checkLine(spec.qualifiedName() + " " + arg.paramLabel(), line);
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            check(sub);
        }
    }

    /**
     * The description as written in the source, in an annotation or in the words a command gives a shared option
     * (picocli's own accessor gives it already formatted).
     */
    private static String[] written(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.toBuilder().description()
                : ((PositionalParamSpec) arg).toBuilder().description();
    }

    private void checkLine(String where, String line) {
        checked.add(line);
        try {
            String.format(line);
        } catch (IllegalFormatException e) {
            broken.add(where + ": " + line);
        }
    }
}
