package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help texts in {@code Help.properties}: every command, option and argument has one, every key in the file is
 * read by some command, every text formats, and every scenario file a text names exists.
 */
class HelpTextTest {
    private static final ResourceBundle HELP = ResourceBundle.getBundle("uk.cxsim.cli.Help");
    private static final Pattern SCENARIO_FILE = Pattern.compile("scenarios/[\\w/.-]+\\.yaml");

    @Test
    void everyCommandOptionAndArgumentHasAHelpText() {
        List<String> bare = new ArrayList<>();
        eachCommand(Main.commandLine(), spec -> {
            if (spec.usageMessage().description().length == 0) {
                bare.add(spec.qualifiedName());
            }
            for (OptionSpec o : spec.options()) {
                if (String.join("", o.description()).isBlank()) {
                    bare.add(spec.qualifiedName() + " " + o.longestName());
                }
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (String.join("", p.description()).isBlank()) {
                    bare.add(spec.qualifiedName() + " " + p.paramLabel());
                }
            }
        });
        assertEquals(List.of(), bare, "no help text in Help.properties for these");
    }

    @Test
    void everyKeyIsReadBySomeCommand() {
        Set<String> read = new TreeSet<>();
        eachCommand(Main.commandLine(), spec -> {
            String q = spec.qualifiedName(".");
            read.add(q + ".usage.description");
            for (OptionSpec o : spec.options()) {
                String name = o.longestName().replaceFirst("^-+", "");
                read.add(HELP.containsKey(q + "." + name) ? q + "." + name : name);
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                read.add(q + "." + p.paramLabel() + "[" + p.index() + "]");
            }
        });
        Set<String> unread = new TreeSet<>(HELP.keySet());
        unread.removeAll(read);
        assertEquals(Set.of(), unread, "keys in Help.properties no command reads");
    }

    @Test
    void everyTextFormats() {
        List<String> broken = new ArrayList<>();
        for (String key : HELP.keySet()) {
            if (!formats(HELP.getString(key))) {
                broken.add(key);
            }
        }
        assertTrue(HELP.keySet().size() > 100, "texts found: " + HELP.keySet().size());
        assertEquals(List.of(), broken, "texts picocli cannot format (write %% for %)");
    }

    @Test
    void aLonePercentIsCaught() {
        assertTrue(formats("a 95%% CI"));
        assertTrue(!formats("up to 90% of the memory"));
    }

    @Test
    void everyScenarioFileNamedExists() {
        List<String> missing = new ArrayList<>();
        for (String key : HELP.keySet()) {
            Matcher m = SCENARIO_FILE.matcher(HELP.getString(key));
            while (m.find()) {
                if (!Files.isRegularFile(Path.of("..").resolve(m.group()))) {
                    missing.add(key + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static boolean formats(String text) {
        try {
            String.format(text);
            return true;
        } catch (IllegalFormatException e) {
            return false;
        }
    }

    private static void eachCommand(CommandLine cmd, Consumer<CommandSpec> check) {
        CommandSpec spec = cmd.getCommandSpec();
        check.accept(spec);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            eachCommand(sub, check);
        }
    }
}
