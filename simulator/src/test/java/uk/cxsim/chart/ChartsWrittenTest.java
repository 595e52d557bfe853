package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.cli.Main;

/** run, compare, sweep and sensitivity leave their charts in charts/, each as PNG and SVG. */
class ChartsWrittenTest {
    private static final String SMALL = TestScenarios.SMALL.toString();

    @TempDir
    Path dir;

    @Test
    void runDrawsItsCharts() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(0, Main.execute("run", SMALL, "--customers", "2000", "--days", "20", "--quiet", "--out",
                out.toString()));
        for (String name : List.of("why-customers-leave", "cost-by-sector", "breakdown-drivers", "loyalty-ladder",
                "service-by-hour", "customers-by-supplier-banking", "customers-by-supplier-energy")) {
            chart(out, name);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("Why customers leave"));
    }

    @Test
    void compareSweepAndSensitivityDrawTheirCharts() throws IOException {
        Path cmp = dir.resolve("cmp");
        assertEquals(0, Main.execute("compare", SMALL, TestScenarios.ONE_CHANNEL.toString(), "--customers", "2000",
                "--days", "20", "--replications", "2", "--quiet", "--out", cmp.toString()));
        chart(cmp, "what-if-savings");
        assertTrue(Files.readString(cmp.resolve("report.html")).contains("What the levers are worth"));

        Path sweep = dir.resolve("sweep");
        assertEquals(0, Main.execute("sweep", SMALL, "--customers", "2000", "--days", "20", "--param",
                "people.toleranceMean=4:8:3", "--quiet", "--out", sweep.toString()));
        chart(sweep, "sweep-costofpoorservicegbp-vs-people-tolerancemean");

        Path sens = dir.resolve("sens");
        assertEquals(0, Main.execute("sensitivity", SMALL, "--customers", "2000", "--days", "20", "--method",
                "morris", "--trajectories", "3", "--param", "people.toleranceMean=4:8", "--param",
                "levers.staffingMultiplier=0.5:1.5", "--output", "costOfPoorServiceGbp", "--quiet", "--out",
                sens.toString()));
        chart(sens, "sensitivity-tornado-costofpoorservicegbp");
    }

    /**
     * Two levers whose names make the same file name (crm-history and "CRM history", from the golden comparison)
     * keep a chart each: neither's waterfall or tornado is written over the other's.
     */
    @Test
    void leversWhoseNamesMakeTheSameFileNameKeepAChartEach() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode cmp = (ObjectNode) json.readTree(Path.of("src/test/resources/golden/compare-ranges/out/"
                + "comparison.json").toFile());
        cmp.fieldNames().forEachRemaining(field -> {
            if (cmp.get(field) instanceof ObjectNode byLever && byLever.has("crm-history")) {
                byLever.set("CRM history", byLever.get("crm-history"));
            }
        });
        Path folder = Files.createDirectories(dir.resolve("alike"));
        json.writeValue(folder.resolve("comparison.json").toFile(), cmp);
        List<ChartBook.Drawn> drawn = ChartBook.drawComparison(folder, ChartContext.of(new FolderData(folder)
                .comparison()));
        assertEquals(drawn.size(), drawn.stream().map(ChartBook.Drawn::file).distinct().count(), "a file each");
        for (String books : List.of("Old Bank's own books", "the Banking sector's books",
                "the UK's books (every supplier)")) {
            List<String> files = new ArrayList<>();
            for (String lever : List.of("crm-history", "CRM history")) {
                String title = "Business case of " + lever + ": " + books;
                files.add(drawn.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow().file());
            }
            assertFalse(Arrays.equals(Files.readAllBytes(folder.resolve(files.get(0))),
                    Files.readAllBytes(folder.resolve(files.get(1)))), files + " hold each lever's own chart");
        }
        assertEquals(2, drawn.stream().filter(d -> d.file().startsWith("charts/business-case-tornado-")).count());
    }

    private static void chart(Path folder, String name) throws IOException {
        Path png = folder.resolve("charts").resolve(name + ".png");
        Path svg = folder.resolve("charts").resolve(name + ".svg");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
        assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
        assertTrue(Files.readString(svg).contains("<svg"), name + " SVG");
    }
}
