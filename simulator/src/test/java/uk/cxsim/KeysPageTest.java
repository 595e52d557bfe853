package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.cxsim.scenario.ParameterTable;
import uk.cxsim.scenario.Scenarios;

/**
 * The generated tables of the docs are the ones the code makes: the key reference in docs/keys.md, and the parameter
 * table in docs/parameters.md (from the keys, the baseline and its status file).
 */
class KeysPageTest {
    @Test
    void keyReferenceMatchesTheCode() throws IOException {
        assertEquals(Scenarios.catalog().toMarkdown(), block("keys.md", "keys"),
                "the key table in docs/keys.md is out of date: regenerate it with ./cxsim keys");
    }

    @Test
    void parameterTableMatchesTheBaselineAndItsStatuses() throws IOException {
        assertEquals(ParameterTable.ukBaseline().toMarkdown(), block("parameters.md", "parameters"),
                "the parameter table in docs/parameters.md is out of date: regenerate it with "
                        + "./cxsim keys --parameters");
    }

    /** What a docs page holds between its {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->} lines. */
    private static String block(String page, String name) throws IOException {
        String text = Files.readString(Path.of("../docs", page));
        String start = "<!-- " + name + ":start -->\n";
        int from = text.indexOf(start);
        int to = text.indexOf("<!-- " + name + ":end -->");
        assertTrue(from >= 0 && to > from, "docs/" + page + " needs the " + name + ":start and " + name
                + ":end markers");
        return text.substring(from + start.length(), to);
    }
}
