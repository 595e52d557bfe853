package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import uk.cxsim.TestScenarios;
import uk.cxsim.scenario.Scenarios;

/** fit-shares moves a supplier whose brand is far from its stated share back towards it, and writes a scenario. */
class FitSharesCommandTest {
    private static final String POWER_THREE = "sectors.Energy.suppliers.Power Three.attractiveness";

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "fit-shares";
        System.arraycopy(args, 0, all, 1, args.length);
        return new String[] {Integer.toString(cmd.execute(all)), out.toString(), err.toString()};
    }

    @Test
    void aBrandFarAboveItsShareIsPulledBackRoundByRound() throws IOException {
        Path out = dir.resolve("fit");
        String[] r = run(TestScenarios.SMALL.toString(), "--years", "1", "--rounds", "3", "--replications", "1",
                "--tolerance", "0.01", "--quiet", "--out", out.toString(), "--set", POWER_THREE + "=1.5");
        assertEquals("0", r[0], r[2]);
        List<String> lines = Files.readAllLines(out.resolve("fit.csv"));
        double[][] round = new double[3][];
        List<double[]> energy = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("3") && f[1].equals("Energy")) {
                energy.add(new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6])});
            }
            if (f[2].equals("Power Three")) {
                round[Integer.parseInt(f[0]) - 1] = new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]), Double.parseDouble(f[8])};
            }
        }
        // started, ended, change a year, attractiveness
        assertTrue(round[0][0] > round[0][1] && round[0][2] > 0,
                "a brand at 1.5 against ln 0.2 wins more than it loses: " + lines);
        assertTrue(round[1][3] < round[0][3], "the next round lowers it: " + lines);
        assertTrue(Math.abs(round[2][2]) < round[0][2], "the change a year narrows: " + lines);
        double fitted = Scenarios.load(out.resolve("shares.yaml"), List.of()).params().sectors().get(1).suppliers()
                .get(2).attractiveness();
        double started = energy.stream().mapToDouble(e -> e[0]).sum();
        double meanMove = energy.stream().mapToDouble(e -> move(e[0], e[1], started)).sum() / 3;
        assertEquals(round[2][3] + move(round[2][0], round[2][1], started) - meanMove, fitted, 1e-4,
                "shares.yaml holds the step after the last round: " + lines);
    }

    /** A step of 1: the log gap between relationships ended and started over the logit's own elasticity. */
    private static double move(double started, double ended, double sectorStarted) {
        double elasticity = Math.max(0.25, 1 - started / sectorStarted);
        return (Math.log(Math.max(ended, 0.5)) - Math.log(Math.max(started, 0.5))) / elasticity;
    }

    @Test
    void aStepOutOfRangeIsOneLineAndWritesNothing() {
        Path out = dir.resolve("bad");
        String[] r = run(TestScenarios.SMALL.toString(), "--step", "3", "--out", out.toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("--step must be in (0, 2], found 3"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertFalse(Files.exists(out));
    }
}
