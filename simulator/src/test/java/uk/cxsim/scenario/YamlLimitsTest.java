package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.YamlMutations;

/** Inputs the fuzzing found or the YAML format makes dangerous, each refused in one line. */
class YamlLimitsTest {
    @TempDir
    Path dir;

    @Test
    void selfReferencingAnchorIsRefusedNotAStackOverflow() throws IOException {
        Path f = write("extends: " + TestScenarios.SMALL.toAbsolutePath() + "\na: &a [*a]\n");
        assertEquals(f + ":2: an alias refers to a list or map that contains it (&a); such a value would never end",
                error(f));
    }

    @Test
    void selfReferencingAnchorInAnOverrideIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TestScenarios.small("people.toleranceMean=&m {a: *m}"));
        assertTrue(e.getMessage().contains("an alias refers to a list or map that contains it (&m)"), e.getMessage());
    }

    @Test
    void billionLaughsAreRefusedBeforeExpanding() throws IOException {
        // 25 levels of two aliases stays within SnakeYAML's alias count but would expand to 2^25 values
        Path wide = write(YamlMutations.laughs(25, 2));
        assertTrue(error(wide).contains("aliases expand to more than " + YamlSource.MAX_VALUES + " values"),
                error(wide));
        Path many = write(YamlMutations.laughs(9, 10));
        assertTrue(error(many).contains("not valid YAML: Number of aliases for non-scalar nodes exceeds the "
                + "specified max=" + YamlSource.MAX_COLLECTION_ALIASES), error(many));
    }

    @Test
    void modestAliasesStillWork() throws IOException {
        SpecNode.Mapping m = YamlSource.readFile(write("a: &a [1, 2]\nb: [*a, *a]\n"));
        assertEquals(2, ((SpecNode.Sequence) m.entries().get("b")).items().size());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        int depth = YamlSource.MAX_NESTING + 10;
        Path f = write("x: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        assertTrue(error(f).contains("not valid YAML: Nesting Depth exceeded max " + YamlSource.MAX_NESTING),
                error(f));
    }

    @Test
    void overrideWithAnEmptyKeyPartIsRefused() {
        for (String o : List.of(".=1", "a..b=1", "people.=1", " .x=2")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.small(o));
            assertTrue(e.getMessage().contains("has an empty part; expected path.to.key=value"), e.getMessage());
        }
    }

    @Test
    void lineBreaksInsideValuesKeepTheMessageOnOneLine() throws IOException {
        Path f = write("extends: " + TestScenarios.SMALL.toAbsolutePath() + "\ncustomers: \"two\\nlines\"\n");
        assertEquals(f + ":2: customers: must be a number, found 'two\\nlines'", error(f));
    }

    @Test
    void extendsNamingNoPossiblePathIsRefused() throws IOException {
        Path f = write("extends: \"a\\0b.yaml\"\n");
        assertEquals(f + ":1: extends: not a file path (Nul character not allowed)", error(f));
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws IOException {
        Path f = dir.resolve("binary.yaml");
        Files.write(f, new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        assertEquals("cannot read scenario file " + f + ": it is not UTF-8 text", error(f));
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("s" + Files.list(dir).count() + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    private static String error(Path f) {
        return assertThrows(ScenarioException.class, () -> Scenarios.load(f, List.of())).getMessage();
    }
}
