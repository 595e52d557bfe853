package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.cxsim.scenario.Scenarios;

/** The key reference in docs/keys.md is the one the code reads. */
class KeysPageTest {
    @Test
    void keyReferenceMatchesTheCode() throws IOException {
        String page = Files.readString(Path.of("../docs/keys.md"));
        int start = page.indexOf("<!-- keys:start -->\n");
        int end = page.indexOf("<!-- keys:end -->");
        assertTrue(start >= 0 && end > start, "docs/keys.md needs the keys:start and keys:end markers");
        String table = page.substring(start + "<!-- keys:start -->\n".length(), end);
        assertEquals(Scenarios.catalog().toMarkdown(), table,
                "the key table in docs/keys.md is out of date: regenerate it with ./cxsim keys");
    }
}
