package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.cxsim.scenario.Scenarios;

/** The README's key reference is the one the code reads. */
class ReadmeTest {
    @Test
    void keyReferenceMatchesTheCode() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("<!-- keys:start -->\n");
        int end = readme.indexOf("<!-- keys:end -->");
        assertTrue(start >= 0 && end > start, "README needs the keys:start and keys:end markers");
        String table = readme.substring(start + "<!-- keys:start -->\n".length(), end);
        assertEquals(Scenarios.catalog().toMarkdown(), table,
                "the README's key table is out of date: regenerate it with ./cxsim keys");
    }
}
