package uk.cxsim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import uk.cxsim.cli.Main;
import uk.cxsim.output.RunFolder;

/** A report that fails after the runs keeps the runs' tables in place and says how to draw the report again. */
class ReportAfterRunsTest {
    @TempDir
    Path dir;

    @Test
    void aFailingReportLeavesTheTablesInPlaceWithoutHalfDrawnCharts() throws IOException {
        Path target = dir.resolve("out");
        ReportAfterRuns.NotDrawn failure;
        try (RunFolder folder = RunFolder.prepare(target)) {
            folder.writeText("summary.json", "{}");
            failure = assertThrows(ReportAfterRuns.NotDrawn.class, () -> ReportAfterRuns.drawThenCommit(folder,
                    staging -> {
                        try {
                            Files.createDirectories(staging.resolve("charts"));
                            Files.writeString(staging.resolve("charts/half.png"), "half");
                            Files.writeString(staging.resolve(".report.html.partial"), "<html>");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        throw new IllegalStateException("a chart broke");
                    }));
        }
        assertEquals(List.of("summary.json"), names(target));
        assertTrue(failure.getMessage().contains("the runs are saved in " + target), failure.getMessage());
        assertTrue(failure.getMessage().contains("(a chart broke)"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("draw it again with: cxsim report " + target), failure.getMessage());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains("partial")),
                "no staging folder is left");
    }

    @Test
    void aReportThatDrawsIsCommittedWithTheTables() throws IOException {
        Path target = dir.resolve("out");
        try (RunFolder folder = RunFolder.prepare(target)) {
            folder.writeText("summary.json", "{}");
            ReportAfterRuns.drawThenCommit(folder, staging -> {
                try {
                    Files.writeString(staging.resolve("report.html"), "<html>");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertEquals(List.of("report.html", "summary.json"), names(target));
    }

    @Test
    void theCommandLineSaysItInOneLineAndExitsWithOne() throws Exception {
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        RuntimeException notDrawn = new ReportAfterRuns.NotDrawn(dir, new uk.cxsim.report.ReportException("no room"));
        int code = cmd.getExecutionExceptionHandler().handleExecutionException(notDrawn, cmd, null);
        assertEquals(1, code);
        assertEquals(List.of("cxsim: the runs are saved in " + dir + ", but their report could not be drawn (no room); "
                + "draw it again with: cxsim report " + dir), err.toString().lines().toList());
    }

    private static List<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
