package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.output.Json;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.FocusSection;

/**
 * {@code compare --focus}: a lever on one sector re-runs that sector only and says so in comparison.json; a focus
 * the scenarios cannot take is refused in one line before anything runs.
 */
class CompareFocusTest {
    @TempDir
    Path dir;

    private Path write(String name, String body) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, body);
        return f;
    }

    private Path base() throws IOException {
        return write("base", "extends: " + TestScenarios.SMALL.toAbsolutePath()
                + "\nname: base\ndays: 40\nwarmupDays: 10\n");
    }

    private Path lever() throws IOException {
        return write("energy-history", "extends: base.yaml\nname: energy-history\nsectors:\n  Energy:\n"
                + "    suppliers:\n      Power One:\n        crm: {context: 1}\n");
    }

    @Test
    void aSectorLeverSaysItReRanOnlyItsSector() throws Exception {
        Path base = base();
        Path lever = lever();
        Path out = dir.resolve("out");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("compare", base.toString(), lever.toString(), "--replications", "2", "--quiet",
                "--out", out.toString()), cli.err.toString());
        ComparisonFile c = Json.read(Files.readString(out.resolve("comparison.json")), ComparisonFile.class);
        FocusSection f = c.focus().get("energy-history");
        assertEquals(List.of("Energy"), f.sectors());
        assertEquals(c.customers(), f.customers().get("Energy"));
        assertEquals(c.scaleFactor(), f.scaleFactor().get("Energy"));
        assertNull(f.allBecause());

        Path all = dir.resolve("all");
        assertEquals(0, new CliHarness().run("compare", base.toString(), lever.toString(), "--replications", "2",
                "--quiet", "--focus", "all", "--out", all.toString()));
        ComparisonFile every = Json.read(Files.readString(all.resolve("comparison.json")), ComparisonFile.class);
        assertEquals("--focus all", every.focus().get("energy-history").allBecause());
        assertEquals(Json.write(every.withFocus(null)), Json.write(c.withFocus(null)),
                "the same figures whichever sectors ran again");
    }

    @Test
    void aFocusTheScenariosCannotTakeIsRefusedInOneLine() throws Exception {
        Path base = base();
        Path lever = lever();
        refused(base, lever, "Telecoms", "--focus names Telecoms, a sector base lacks; its sectors are Banking, "
                + "Energy");
        refused(base, lever, "Banking", "--focus leaves out Energy, which energy-history changes");
        refused(base, lever, " , ", "--focus must be auto, all or sector names separated by commas");
    }

    @Test
    void aDenserFocusSaysItsSizeAndLeavesTheOtherSectorsAsTheBase() throws Exception {
        Path out = dir.resolve("dense");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("compare", base().toString(), lever().toString(), "--replications", "2", "--quiet",
                "--focus-density", "3", "--out", out.toString()), cli.err.toString());
        ComparisonFile c = Json.read(Files.readString(out.resolve("comparison.json")), ComparisonFile.class);
        FocusSection f = c.focus().get("energy-history");
        assertEquals(List.of("Energy"), f.sectors());
        assertEquals(3 * c.customers(), f.customers().get("Energy"));
        assertEquals(c.scaleFactor() / 3, f.scaleFactor().get("Energy"), 1e-12);
        String footer = ChartContext.of(c).footer();
        assertTrue(footer.endsWith(String.format(Locale.UK, "\nEnergy re-run at %,d (x%,.0f)",
                3 * c.customers(), c.scaleFactor() / 3)), "the charts say the sector ran denser, on a line of its own: " + footer);
    }

    @Test
    void aDensityTheComparisonCannotTakeIsRefusedInOneLine() throws Exception {
        Path base = base();
        Path lever = lever();
        refused(base, lever, List.of("--focus-density", "0"), "--focus-density must be 1 to 16, not 0");
        refused(base, lever, List.of("--focus-density", "17"), "--focus-density must be 1 to 16, not 17");
        refused(base, lever, List.of("--focus", "all", "--focus-density", "2"),
                "--focus-density needs --focus auto or named sectors, not all");
        refused(base, lever, List.of("--focus-density", "2", "--ranges"),
                "--focus-density runs one world at the lever's own values: not with --ranges");
        refused(base, lever, List.of("--focus-density", "2", "--spark"),
                "--focus-density runs on this machine only, not with --spark");
    }

    private void refused(Path base, Path lever, String focus, String says) {
        refused(base, lever, List.of("--focus", focus), says);
    }

    private void refused(Path base, Path lever, List<String> options, String says) {
        CliHarness cli = new CliHarness();
        Path folder = dir.resolve("refused-" + Math.abs(options.hashCode()));
        List<String> args = new java.util.ArrayList<>(List.of("compare", base.toString(), lever.toString()));
        args.addAll(options);
        args.addAll(List.of("--replications", "2", "--quiet", "--out", folder.toString()));
        assertEquals(2, cli.run(args.toArray(String[]::new)), cli.err.toString());
        String e = cli.err.toString();
        assertTrue(e.contains(says), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(Files.exists(folder), "nothing written");
    }
}
