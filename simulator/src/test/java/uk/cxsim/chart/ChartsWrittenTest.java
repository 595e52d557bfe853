package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

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

    private static void chart(Path folder, String name) throws IOException {
        Path png = folder.resolve("charts").resolve(name + ".png");
        Path svg = folder.resolve("charts").resolve(name + ".svg");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
        assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
        assertTrue(Files.readString(svg).contains("<svg"), name + " SVG");
    }
}
