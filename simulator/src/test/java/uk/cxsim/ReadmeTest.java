package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import uk.cxsim.cli.Main;

/**
 * The README is the front door: its first lines give the two commands a newcomer runs (CI runs the second), and its
 * command table has one short row for every command, each with its section in docs/commands.md.
 */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");
    private static final Path COMMANDS = Path.of("../docs/commands.md");
    /** The longest a row of the README's command table may be: one short line each; details go to docs. */
    private static final int MAX_ROW = 120;

    @Test
    void firstLinesGiveTheTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int open = lines.indexOf("```bash");
        assertTrue(open >= 0 && open < 6, "the README should open with its commands in a ```bash block");
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        List<String> block = lines.subList(open + 1, close);
        assertEquals(2, block.size(), "the first block holds the two commands: " + block);
        assertTrue(block.get(0).startsWith("./cxsim run "), block.get(0));
        assertTrue(block.get(1).startsWith("mvn -Pspark test "), block.get(1));
        for (String line : lines.subList(0, open)) {
            assertTrue(!line.startsWith("## "), "no section comes before the commands: " + line);
        }
    }

    @Test
    void everyCommandHasAShortRowAndAPage() throws IOException {
        List<String> rows = commandRows();
        String commands = Files.readString(COMMANDS);
        List<String> names = new ArrayList<>();
        collect(Main.commandLine(), "", names);
        assertTrue(names.size() >= 14, "commands found: " + names);
        for (String name : names) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("| `./cxsim " + name + " ")
                            || r.startsWith("| `./cxsim " + name + "`")),
                    "the README's command table has no row for " + name);
            assertTrue(commands.contains("\n## `" + name + "`\n"), "docs/commands.md has no section for " + name);
        }
        for (String row : rows) {
            assertTrue(row.length() <= MAX_ROW, "a command row longer than " + MAX_ROW + " characters: " + row);
        }
    }

    /** The rows of the README's command table (its heading row and rule left out). */
    private static List<String> commandRows() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int header = lines.indexOf("| command | what it does |");
        assertTrue(header >= 0, "the README needs its command table");
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    /** Every command a user can type, as "run" or "validate queue"; hidden ones are left out. */
    private static void collect(CommandLine cmd, String prefix, List<String> names) {
        for (var entry : cmd.getSubcommands().entrySet()) {
            CommandLine sub = entry.getValue();
            if (sub.getCommandSpec().usageMessage().hidden() || !entry.getKey().equals(sub.getCommandName())) {
                continue;
            }
            String name = prefix + entry.getKey();
            names.add(name);
            collect(sub, name + " ", names);
        }
    }
}
