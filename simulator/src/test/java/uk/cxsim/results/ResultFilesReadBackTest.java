package uk.cxsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.cxsim.output.Json;

/**
 * Each result file the golden tests pin reads into its record and writes back to the same bytes: the records hold
 * every key of every file, in its order, with its absent keys, nulls and number forms, so a reader that reads a file
 * into its record misses nothing the writer wrote.
 */
class ResultFilesReadBackTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void aRunsFilesReadBackToTheSameBytes() throws IOException {
        // the golden run.json holds placeholders for the values that differ between runs: numbers there
        String run = golden("run/out/run.json").replace("\"<wallSeconds>\"", "12.5").replace("\"<threads>\"", "2");
        assertReadsBack(run, RunFile.class);
        assertReadsBack(golden("run/out/summary.json"), SummaryFile.class);
    }

    @Test
    void aComparisonWithRangesReadsBackToTheSameBytes() throws IOException {
        assertReadsBack(golden("compare-ranges/out/comparison.json"), ComparisonFile.class);
    }

    @Test
    void batchesBoxesAndValidationReadBackToTheSameBytes() throws IOException {
        assertReadsBack(golden("sweep/out/batch.json"), BatchFile.class);
        assertReadsBack(golden("sensitivity/out/batch.json"), BatchFile.class);
        assertReadsBack(golden("discover/out/boxes.json"), BoxesFile.class);
        String console = golden("validate-json/console.txt");
        String json = console.substring(console.indexOf("\n{\n") + 1, console.indexOf("\n}\n") + 3);
        assertReadsBack(json, ValidationFile.class);
    }

    private static String golden(String file) throws IOException {
        return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    }

    private static void assertReadsBack(String text, Class<?> type) {
        assertEquals(text, Json.write(Json.read(text, type)), type.getSimpleName());
    }
}
