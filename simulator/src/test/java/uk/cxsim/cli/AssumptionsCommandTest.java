package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;

/**
 * {@code cxsim assumptions} on a small market: every group's indices for the lever, the worlds and the report, the
 * same whatever the thread count; bad input refused in one line with nothing written.
 */
class AssumptionsCommandTest {
    @TempDir
    Path dir;
    private Path base;
    private Path lever;
    private Path groups;

    @BeforeEach
    void files() throws IOException {
        base = dir.resolve("small.yaml");
        Files.copy(TestScenarios.SMALL, base);
        lever = dir.resolve("hatch.yaml");
        Files.writeString(lever, "extends: small.yaml\nname: hatch\nlevers:\n  allSuppliers:\n    ivr: {escapeHatch: "
                + "true}\n");
        groups = dir.resolve("groups.yaml");
        Files.writeString(groups, """
                groups:
                  choice: [behaviour.choice.*]
                  contact costs: [costs.costPerContact.*]
                notScreened:
                  "*.*": rest
                  "*.*.*": rest
                  "*.*.*.*": rest
                  "*.*.*.*.*": rest
                  "*.*.*.*.*.*": rest
                """);
    }

    private String[] run(String... args) {
        CliHarness cli = new CliHarness();
        String[] all = new String[args.length + 1];
        all[0] = "assumptions";
        System.arraycopy(args, 0, all, 1, args.length);
        return new String[] {Integer.toString(cli.run(all)), cli.out.toString(), cli.err.toString()};
    }

    private String[] screen(Path out, int threads) {
        return run(base.toString(), lever.toString(), "--groups", groups.toString(), "--trajectories", "2", "--top",
                "2", "--samples", "2", "--seeds", "2", "--bootstrap", "20", "--days", "20",
                "--set", "spinUp.years=0", "--threads", Integer.toString(threads), "--out", out.toString());
    }

    @Test
    void everyGroupGetsItsIndicesAndTheThreadCountChangesNothing() throws IOException {
        Path two = dir.resolve("two");
        String[] r = screen(two, 2);
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("hatch: the assumptions that move its UK net benefit most"), r[1]);
        List<String> indices = Files.readAllLines(two.resolve("sensitivity.csv"));
        for (String group : List.of("choice", "contact costs")) {
            for (String index : List.of("mu*", "mu", "sigma", "S1", "ST")) {
                assertTrue(indices.stream().anyMatch(l -> l.contains("hatch") && l.contains("," + group + ","
                        + index + ",")), group + " " + index + " in " + indices);
            }
        }
        // 2 trajectories of 3 points, 2 Sobol rows of 4 points, 2 seeds
        assertEquals(1 + 2 * 3 + 2 * 4 + 2, Files.readAllLines(two.resolve("assumption_worlds.csv")).size());
        assertEquals(2, Files.readAllLines(two.resolve("seed_noise.csv")).size());
        String report = Files.readString(two.resolve("report.html"));
        assertTrue(report.contains("<h2>hatch</h2>") && report.contains("contact costs"), report);
        assertTrue(Files.exists(two.resolve("charts/sensitivity-tornado-the-uk-net-benefit-of-hatch-gbp-a-year.png")));

        Path one = dir.resolve("one");
        assertEquals("0", screen(one, 1)[0]);
        assertEquals(Files.readString(two.resolve("sensitivity.csv")),
                Files.readString(one.resolve("sensitivity.csv")));
        assertEquals(Files.readString(two.resolve("assumption_worlds.csv")),
                Files.readString(one.resolve("assumption_worlds.csv")));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNothingWritten() throws IOException {
        Path out = dir.resolve("never");
        String[] top = run(base.toString(), lever.toString(), "--top", "0", "--out", out.toString());
        assertEquals("2", top[0]);
        assertEquals("cxsim: --top must be at least 1, found 0", top[2].strip());
        Files.writeString(groups, "groups:\n  choice: [behaviour.choice.*]\n");
        String[] partial = run(base.toString(), lever.toString(), "--groups", groups.toString(), "--out",
                out.toString());
        assertEquals("2", partial[0]);
        assertEquals(1, partial[2].strip().lines().count(), partial[2]);
        assertTrue(partial[2].contains("is in no group"), partial[2]);
        assertFalse(Files.exists(out));
    }
}
