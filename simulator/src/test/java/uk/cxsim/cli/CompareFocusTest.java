package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
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

    private void refused(Path base, Path lever, String focus, String says) {
        CliHarness cli = new CliHarness();
        Path folder = dir.resolve("refused-" + Math.abs(focus.hashCode()));
        assertEquals(2, cli.run("compare", base.toString(), lever.toString(), "--focus", focus, "--replications", "2",
                "--quiet", "--out", folder.toString()), cli.err.toString());
        String e = cli.err.toString();
        assertTrue(e.contains(says), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(Files.exists(folder), "nothing written");
    }
}
