package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
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
                + "title: \"Old Bank's agents see each customer's history\"\n"
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
            // titled from the question the comparison answers, the lever in its scenario's words
            assertEquals("What if Old Bank's agents see each customer's history?", centredTitle(slides.get(0)));
            assertTrue(text(slides.get(0)).contains("scale factor 250"), text(slides.get(0)));
            assertEquals("The decision", slides.get(1).getTitle());
            String decision = text(slides.get(1));
            assertTrue(decision.contains("\nOld Bank's agents see each customer's history: ")
                    && decision.contains(" a year (+/- GBP ") && decision.contains(", 95% CI) on Old Bank's own books")
                    && decision.contains("Costs GBP 50,000 once and GBP 20,000 a year (assumed)."), decision);
            List<XSLFSlide> charts = slides.stream().filter(s -> s.getShapes().stream()
                    .anyMatch(x -> x instanceof XSLFPictureShape)).toList();
            assertTrue(charts.size() >= 3, charts.size() + " chart slides");
            assertTrue(charts.stream().anyMatch(s -> s.getTitle().startsWith("What each lever saves a year")),
                    "the savings chart");
            assertTrue(charts.stream().anyMatch(s -> s.getTitle().contains("treatment leavers by driver")),
                    "the driver chart");
            XSLFSlide table = slides.stream()
                    .filter(s -> String.valueOf(s.getTitle()).startsWith("The what-ifs and their"))
                    .findFirst().orElseThrow();
            XSLFTable t = (XSLFTable) table.getShapes().stream().filter(x -> x instanceof XSLFTable).findFirst()
                    .orElseThrow();
            assertEquals(2, t.getNumberOfRows());
            assertEquals("Old Bank's agents see each customer's history", t.getCell(1, 0).getText());
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

    /**
     * Four levers, each paid for by someone else (Old Bank, Power One, Power Two, every supplier): each gets one
     * waterfall slide, on its payer's books, titled with the lever (its name when its scenario states no title) and
     * whose books it reads, showing its own chart with the investment its scenario assumes beside it; the pack says
     * the waterfalls on the other books are in report.html, which has every lever's.
     */
    @Test
    void everyLeverOfAComparisonHasAWaterfallSlideOfItsOwn() throws Exception {
        Path folder = fourLevers();
        List<String> titles = List.of("Business case of old-bank-crm: Old Bank's own books",
                "Business case of power-one-crm: Power One's own books",
                "Business case of power-two-agents: Power Two's own books",
                "Business case of new-bank-agents: the UK's books (every supplier)");
        String report = Files.readString(folder.resolve("report.html"));
        List<String> embedded = new ArrayList<>();
        for (String title : titles) {
            String img = "<img alt=\"" + title + "\" src=\"data:image/png;base64,";
            int at = report.indexOf(img);
            assertTrue(at >= 0, "report.html shows " + title);
            embedded.add(report.substring(at + img.length(), report.indexOf('"', at + img.length())));
        }
        assertEquals(4, new HashSet<>(embedded).size(), "report.html shows each lever's own waterfall");
        try (InputStream in = Files.newInputStream(BoardPack.write(folder)); XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> waterfalls = waterfalls(deck);
            assertEquals(titles.stream().map(t -> t.substring("Business case of ".length())).toList(),
                    waterfalls.stream().map(XSLFSlide::getTitle).toList());
            assertTrue(text(waterfalls.get(0)).contains("Costs GBP 50,000 once and GBP 20,000 a year (assumed)."),
                    text(waterfalls.get(0)));
            assertTrue(text(waterfalls.get(2)).contains("Costs GBP 40,000 a year (assumed)."),
                    text(waterfalls.get(2)));
            assertTrue(text(waterfalls.get(3)).contains("No investment stated."), text(waterfalls.get(3)));
            List<String> files = List.of("old-bank-crm-supplier", "power-one-crm-supplier",
                    "power-two-agents-supplier", "new-bank-agents-uk");
            Set<String> parts = new HashSet<>();
            for (int k = 0; k < waterfalls.size(); k++) {
                XSLFPictureData picture = picture(waterfalls.get(k));
                assertArrayEquals(Files.readAllBytes(folder.resolve("charts/business-case-" + files.get(k) + ".png")),
                        picture.getData(), titles.get(k) + " shows its own lever's chart");
                parts.add(picture.getPackagePart().getPartName().getName());
            }
            assertEquals(4, parts.size(), "one picture each: " + parts);
            XSLFSlide last = waterfalls.get(waterfalls.size() - 1);
            String note = "Each lever's waterfall on its other books (the supplier's, the sector's, the UK's) is in "
                    + "report.html / charts/.";
            assertTrue(text(last).contains(note), text(last));
            assertTrue(notes(last).contains(note), notes(last));
            waterfalls.subList(0, 3).forEach(s -> assertFalse(text(s).contains("other books"), text(s)));
        }
    }

    /**
     * Twenty levers: a waterfall each for the first sixteen (the workshop's what-ifs all fit), and the pack says which
     * it left out, and where they are, under the sixteenth.
     */
    @Test
    void aPackForTwentyLeversShowsSixteenWaterfallsAndSaysWhereTheRestAre() throws Exception {
        Path sixteen = Files.createDirectories(dir.resolve("twenty"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode cmp = (ObjectNode) json.readTree(fourLevers().resolve("comparison.json").toFile());
        List<String> levers = IntStream.rangeClosed(1, 20).mapToObj(k -> String.format("lever-%02d", k)).toList();
        // every section by lever (figures, business case, volumes) holds the four levers' entries again and again
        cmp.fieldNames().forEachRemaining(field -> {
            if (cmp.get(field) instanceof ObjectNode byLever && byLever.has("old-bank-crm")) {
                List<JsonNode> four = new ArrayList<>();
                byLever.elements().forEachRemaining(four::add);
                byLever.removeAll();
                for (int k = 0; k < levers.size(); k++) {
                    byLever.set(levers.get(k), four.get(k % four.size()));
                }
            }
        });
        json.writerWithDefaultPrettyPrinter().writeValue(sixteen.resolve("comparison.json").toFile(), cmp);
        try (InputStream in = Files.newInputStream(BoardPack.write(sixteen));
             XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> waterfalls = waterfalls(deck);
            assertEquals(levers.subList(0, 16), waterfalls.stream().map(s -> s.getTitle().substring(0,
                    s.getTitle().indexOf(':'))).toList());
            assertEquals(16, waterfalls.stream().map(s -> picture(s).getPackagePart().getPartName().getName())
                    .distinct().count(), "a picture each");
            XSLFSlide last = waterfalls.get(15);
            String note = "Waterfalls shown for 16 of 20 levers, each on the books of whoever pays for it; the other 4 "
                    + "levers' are in report.html / charts/.";
            assertTrue(text(last).contains(note), text(last));
            assertTrue(notes(last).contains(note), notes(last));
            // title, decision, at most four lead charts, sixteen waterfalls, three table slides, assumptions
            assertTrue(deck.getSlides().size() <= 1 + 1 + 4 + 16 + 3 + 1, deck.getSlides().size() + " slides");
        }
    }

    /** The question a user asked (compare --question) titles the pack and the report instead of the default. */
    @Test
    void theQuestionAskedTitlesThePackAndTheReport() throws Exception {
        Path asked = Files.createDirectories(dir.resolve("asked"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode cmp = (ObjectNode) json.readTree(folder.resolve("comparison.json").toFile());
        cmp.put("question", "Should Old Bank <b>fund</b> CRM next year?");
        json.writerWithDefaultPrettyPrinter().writeValue(asked.resolve("comparison.json").toFile(), cmp);
        try (InputStream in = Files.newInputStream(BoardPack.write(asked)); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertEquals("Should Old Bank <b>fund</b> CRM next year?", centredTitle(deck.getSlides().get(0)));
        }
        String report = Files.readString(ReportWriter.write(asked, null));
        assertTrue(report.contains("<h1>Should Old Bank &lt;b&gt;fund&lt;/b&gt; CRM next year?</h1>"),
                "the question, escaped, titles the report");
    }

    /** A comparison of four levers against the small scenario, run once for the tests that read it. */
    private static synchronized Path fourLevers() {
        Path folder = dir.resolve("four-levers");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path base = TestScenarios.SMALL.toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("compare", base.toString()));
        Map<String, String> levers = new LinkedHashMap<>();
        levers.put("old-bank-crm", "Banking:\n    suppliers:\n      Old Bank:\n        crm: {context: 1.0}\n"
                + "        investment: {oneOffGbp: 50000, perYearGbp: 20000}\n");
        levers.put("power-one-crm", "Energy:\n    suppliers:\n      Power One:\n        crm: {context: 1.0}\n"
                + "        investment: {oneOffGbp: 80000, perYearGbp: 30000}\n");
        levers.put("power-two-agents", "Energy:\n    suppliers:\n      Power Two:\n"
                + "        channels: {phone: {agentsPer10k: 6}}\n        investment: {perYearGbp: 40000}\n");
        levers.put("new-bank-agents", "Banking:\n    suppliers:\n      New Bank:\n"
                + "        channels: {phone: {agentsPer10k: 6}}\n");
        levers.forEach((name, sectors) -> {
            Path variant = dir.resolve(name + ".yaml");
            try {
                Files.writeString(variant, "extends: " + base + "\nname: " + name + "\nsectors:\n  " + sectors);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            args.add(variant.toString());
        });
        args.addAll(List.of("--customers", "2000", "--days", "20", "--replications", "2", "--out", folder.toString(),
                "--quiet"));
        assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));
        return folder;
    }

    /** The slides of the levers' waterfalls, in order. */
    /** The waterfall slides, known by their chart's caption. */
    private static List<XSLFSlide> waterfalls(XMLSlideShow deck) {
        return deck.getSlides().stream().filter(s -> text(s).contains("each profit line (a cost below zero)"))
                .toList();
    }

    private static XSLFPictureData picture(XSLFSlide slide) {
        return slide.getShapes().stream().filter(x -> x instanceof XSLFPictureShape)
                .map(x -> ((XSLFPictureShape) x).getPictureData()).findFirst().orElseThrow();
    }

    /** The text of a slide's notes ("" without notes). */
    private static String notes(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        XSLFNotes notes = slide.getNotes();
        if (notes != null) {
            for (XSLFTextShape t : notes.getPlaceholders()) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
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
