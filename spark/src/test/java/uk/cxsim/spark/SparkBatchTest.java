package uk.cxsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.cli.Main;

/**
 * The same batches with and without {@code --spark} (Spark inside this JVM, {@code local[2]}): the same rows, in
 * the same files, because every run carries its own seed and streams.
 */
class SparkBatchTest {
    private static final String SMALL = "../simulator/src/test/resources/scenarios/small.yaml";
    private static final String ONE_CHANNEL = "../simulator/src/test/resources/scenarios/one-channel.yaml";
    private static final String[] SIZE = {"--customers", "2000", "--days", "20", "--quiet"};
    private static final String[] SPARK = {"--spark", "--master", "local[2]"};

    @TempDir
    Path dir;

    private static String[] join(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    @Test
    void aSweepOnSparkWritesTheRowsTheLocalRunnerWrites() throws IOException {
        String[] sweep = {"sweep", SMALL, "--param", "people.toleranceMean=4:8:3", "--replications", "2"};
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        assertEquals(0, Main.execute(join(sweep, SIZE, new String[]{"--threads", "2", "--out", local.toString()})));
        assertEquals(0, Main.execute(join(sweep, SIZE, SPARK, new String[]{"--out", spark.toString()})));
        List<String> rows = Files.readAllLines(spark.resolve("sweep.csv"));
        assertEquals(1 + 3 * 2, rows.size());
        assertEquals(Files.readAllLines(local.resolve("sweep.csv")), rows);
    }

    @Test
    void aSweepOnSparkResumesWhatTheFolderDoesNotHoldYet() throws IOException {
        String[] sweep = {"sweep", SMALL, "--param", "people.toleranceMean=4:8:3", "--replications", "2"};
        Path full = dir.resolve("full");
        Path cut = dir.resolve("cut");
        assertEquals(0, Main.execute(join(sweep, SIZE, new String[]{"--threads", "2", "--out", full.toString()})));
        assertEquals(0, Main.execute(join(sweep, SIZE, new String[]{"--threads", "2", "--out", cut.toString()})));
        List<String> lines = Files.readAllLines(cut.resolve("sweep.csv"));
        Files.write(cut.resolve("sweep.csv"), lines.subList(0, 3));
        assertEquals(0, Main.execute(join(sweep, SIZE, SPARK, new String[]{"--out", cut.toString()})));
        assertEquals(Files.readAllLines(full.resolve("sweep.csv")), Files.readAllLines(cut.resolve("sweep.csv")));
    }

    @Test
    void aFailingPointOnSparkLandsInFailuresCsvAndTheOthersStillRun() throws IOException {
        // an odd degree between two even ones passes the check made before the sweep starts and fails as it runs
        Path out = dir.resolve("fail");
        int code = Main.execute(join(new String[]{"sweep", SMALL, "--param", "network.degree=4,5,6"}, SIZE,
                SPARK, new String[]{"--out", out.toString()}));
        assertEquals(1, code, "a failed run makes the sweep's exit code 1");
        String failures = Files.readString(out.resolve("failures.csv"));
        assertTrue(failures.contains("degree: must be even, found 5"), failures);
        assertEquals(1 + 2, Files.readAllLines(out.resolve("sweep.csv")).size(), "points 0 and 2 still ran");
    }

    @Test
    void aComparisonOnSparkGivesTheLocalComparison() throws IOException {
        String[] compare = {"compare", SMALL, ONE_CHANNEL, "--replications", "2"};
        Path local = dir.resolve("cmp-local");
        Path spark = dir.resolve("cmp-spark");
        assertEquals(0, Main.execute(join(compare, SIZE, new String[]{"--threads", "2", "--out", local.toString()})));
        assertEquals(0, Main.execute(join(compare, SIZE, SPARK, new String[]{"--out", spark.toString()})));
        for (String file : List.of("comparison.csv", "business_case.csv", "comparison.json")) {
            assertEquals(Files.readString(local.resolve(file)), Files.readString(spark.resolve(file)), file);
        }
    }
}
