package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.cli.Main;

/**
 * The board pack of a what-if comparison, opened with POI: a title slide, the headline, the key charts as pictures,
 * the what-if and business-case table, the assumptions. Where LibreOffice is installed, it renders the deck to PNG
 * pages kept in target/board-pack/ to look at.
 */
class BoardPackTest {
    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void compare() throws Exception {
        Path variant = dir.resolve("old-bank-crm.yaml");
        Files.writeString(variant, "extends: " + TestScenarios.SMALL.toAbsolutePath() + "\nname: old-bank-crm\n"
                + "sectors:\n  Banking:\n    suppliers:\n      Old Bank:\n        crm: {context: 1.0}\n"
                + "        investment: {oneOffGbp: 50000, perYearGbp: 20000}\n");
        folder = dir.resolve("cmp");
        assertEquals(0, Main.commandLine().execute("compare", TestScenarios.SMALL.toString(), variant.toString(),
                "--replications", "2", "--out", folder.toString(), "--quiet"));
    }

    @Test
    void aComparisonsDeckHasTitleHeadlineChartsTableAndAssumptions() throws Exception {
        Path pack = BoardPack.write(folder);
        assertEquals(folder.resolve(BoardPack.FILE), pack);
        try (InputStream in = Files.newInputStream(pack); XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = deck.getSlides();
            assertEquals("What-if comparison against small", centredTitle(slides.get(0)));
            assertTrue(text(slides.get(0)).contains("scale factor 250"), text(slides.get(0)));
            assertEquals("The headline", slides.get(1).getTitle());
            String headline = text(slides.get(1));
            assertTrue(headline.contains("old-bank-crm") && headline.contains("95% CI")
                    && headline.contains("Old Bank's own books"), headline);
            List<XSLFSlide> charts = slides.stream().filter(s -> s.getShapes().stream()
                    .anyMatch(x -> x instanceof XSLFPictureShape)).toList();
            assertTrue(charts.size() >= 3, charts.size() + " chart slides");
            assertTrue(charts.stream().anyMatch(s -> s.getTitle().startsWith("What each lever saves a year")),
                    "the savings chart");
            assertTrue(charts.stream().anyMatch(s -> s.getTitle().contains("treatment leavers by driver")),
                    "the driver chart");
            XSLFSlide table = slides.stream().filter(s -> String.valueOf(s.getTitle()).startsWith("The what-ifs and their"))
                    .findFirst().orElseThrow();
            XSLFTable t = (XSLFTable) table.getShapes().stream().filter(x -> x instanceof XSLFTable).findFirst()
                    .orElseThrow();
            assertEquals(2, t.getNumberOfRows());
            assertEquals("old-bank-crm", t.getCell(1, 0).getText());
            assertTrue(t.getCell(1, 3).getText().matches(".*GBP .* \\+/- GBP .*"), t.getCell(1, 3).getText());
            assertEquals("Old Bank's own books", t.getCell(1, 4).getText());
            XSLFSlide last = slides.get(slides.size() - 1);
            assertEquals("Assumptions", last.getTitle());
            assertTrue(text(last).contains("scale") || text(last).contains("multiplied by"), text(last));
            assertTrue(text(last).contains("GBP 50,000 once"), text(last));
        }
        assertFalse(Files.exists(folder.resolve(".board-pack.pptx.partial")));
        renderWhereLibreOfficeIs(pack);
    }

    @Test
    void aRunsDeckHasItsHeadlineFiguresChartsAndOneAssumptionLinePerSector() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, Main.commandLine().execute("run", TestScenarios.SMALL.toString(), "--out", run.toString(),
                "--quiet"));
        try (InputStream in = Files.newInputStream(BoardPack.write(run)); XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = deck.getSlides();
            assertEquals("The cost of poor service: small", centredTitle(slides.get(0)));
            String headline = text(slides.get(1));
            assertTrue(headline.contains("Poor service costs UK suppliers GBP") && headline.contains("failure demand"),
                    headline);
            assertTrue(slides.stream().filter(s -> s.getShapes().stream().anyMatch(x -> x instanceof XSLFPictureShape))
                    .count() >= 4, "the run's charts");
            XSLFSlide last = slides.get(slides.size() - 1);
            assertEquals("Assumptions", last.getTitle());
            assertTrue(text(last).contains("Banking: a relationship is worth GBP 300 a year, 90.0% of adults hold one")
                    && text(last).contains("Energy: "), text(last));
        }
    }

    @Test
    void aFolderWithNeitherRunNorComparisonIsRefused() {
        ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                () -> BoardPack.write(dir.resolve("empty-" + System.nanoTime())));
        assertTrue(e.getMessage().contains("neither a run"), e.getMessage());
    }

    /** A title slide's title (POI's getTitle reads only plain title placeholders). */
    private static String centredTitle(XSLFSlide slide) {
        return slide.getShapes().stream().filter(x -> x instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t
                        && t.getTextType() == org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE)
                .map(x -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) x).getText()).findFirst().orElse(null);
    }

    private static String text(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        slide.getShapes().forEach(s -> {
            if (s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        });
        return sb.toString();
    }

    /** Renders the deck to PDF, then PNG pages, in target/board-pack/ when LibreOffice and pdftoppm are here. */
    private static void renderWhereLibreOfficeIs(Path pack) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(soffice) || !Files.isExecutable(pdftoppm)) {
            return;
        }
        Path out = Files.createDirectories(Path.of("target/board-pack"));
        Path profile = Files.createTempDirectory("lo");
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", out.toString(),
                pack.toString()).redirectErrorStream(true).start();
        assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path pdf = out.resolve("board-pack.pdf");
        assertTrue(Files.size(pdf) > 10_000, "LibreOffice rendered the deck");
        Process png = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "50", pdf.toString(),
                out.resolve("slide").toString()).redirectErrorStream(true).start();
        assertTrue(png.waitFor(60, TimeUnit.SECONDS));
        try (var pages = Files.list(out)) {
            assertTrue(pages.filter(p -> p.toString().endsWith(".png")).count() >= 5, "one PNG per slide");
        }
    }
}
