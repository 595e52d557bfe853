package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import uk.cxsim.TestScenarios;
import uk.cxsim.cli.Main;
import uk.cxsim.output.RunTables;

/** Reading a run's files back for its charts: with the writer's column types, and the charts the same every time. */
class FolderDataTest {
    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void smallRun() {
        run = dir.resolve("run");
        assertEquals(0, Main.execute("run", TestScenarios.SMALL.toString(), "--customers", "2000", "--days", "20",
                "--replications", "2", "--quiet", "--out", run.toString()));
    }

    @Test
    void timeseriesReadsWithItsWritersTypesAndTheSameValuesAsInferred() {
        FolderData data = new FolderData(run);
        Table typed = data.table("timeseries.csv", RunTables.timeseriesColumns());
        Table inferred = data.table("timeseries.csv");
        assertArrayEquals(RunTables.timeseriesColumns().typeArray(), typed.typeArray());
        assertEquals(inferred.rowCount(), typed.rowCount());
        assertTrue(typed.rowCount() > 0);
        for (String name : typed.columnNames()) {
            for (int r = 0; r < typed.rowCount(); r++) {
                assertEquals(inferred.column(name).getString(r), typed.column(name).getString(r), name + " row " + r);
            }
        }
    }

    @Test
    void onlyTheRowsAskedForAreReadAndReadAlike() {
        FolderData data = new FolderData(run);
        Table whole = data.table("timeseries.csv", RunTables.timeseriesColumns());
        Table customers = data.table("timeseries.csv", RunTables.timeseriesColumns(), "metric",
                m -> m.startsWith("customers"));
        Table expected = whole.where(whole.stringColumn("metric").startsWith("customers"));
        assertTrue(customers.rowCount() > 0 && customers.rowCount() < whole.rowCount());
        assertArrayEquals(whole.typeArray(), customers.typeArray());
        assertEquals(expected.rowCount(), customers.rowCount());
        for (String name : expected.columnNames()) {
            for (int r = 0; r < expected.rowCount(); r++) {
                assertEquals(expected.column(name).getString(r), customers.column(name).getString(r), name + " " + r);
            }
        }
    }

    @Test
    void aFieldIsFoundPastQuotedCommas() {
        assertEquals("customers", FolderData.field("0,1,\"Smith, Jones & Co\",x,customers,count", 4));
        assertEquals("He said \"hi\"", FolderData.field("a,\"He said \"\"hi\"\"\",b", 1));
        assertEquals("", FolderData.field("a,,b", 1));
        assertEquals("b", FolderData.field("a,,b", 2));
    }

    @Test
    void aFileWithOtherColumnsIsReadByInferringTheirTypes() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("timeseries.csv"), "replication,day,share\n0,1,0.5\n0,2,0.25\n");
        Table t = new FolderData(other).table("timeseries.csv", RunTables.timeseriesColumns());
        assertEquals(List.of("replication", "day", "share"), t.columnNames());
        assertEquals(ColumnType.DOUBLE, t.column("share").type());
        assertEquals(0.25, t.doubleColumn("share").get(1));
    }

    @Test
    void chartsWrittenTogetherComeOutTheSameEachTime() throws IOException {
        Map<String, byte[]> first = files(run.resolve("charts"));
        List<ChartBook.Drawn> drawn = ChartBook.drawRun(run);
        Map<String, byte[]> second = files(run.resolve("charts"));
        assertEquals(2 * drawn.size(), second.size());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    private static Map<String, byte[]> files(Path charts) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (var list = Files.list(charts)) {
            for (Path p : list.sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
