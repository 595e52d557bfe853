package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.scenario.Scenarios;

/**
 * A joint fit finds known values: targets are made from runs at a known tolerance, contact rate and patience, and
 * the fit moves all three at once from a start far from each. With common random numbers the objective is zero at
 * the truth, so every parameter should land far closer to it than it started; a parameter the targets cannot tell
 * apart from another would wander along a ridge and fail here (as a misery weight does against the tolerance,
 * which is why the calibration holds the tolerance as the unit of frustration: docs/validation.md).
 */
class ParameterRecoveryTest {
    @TempDir
    Path dir;

    private static final String[] KEYS = {"people.toleranceMean", "sectors.Banking.contactsPerYear",
        "people.patienceMinutes"};
    private static final double[] TRUTH = {6.0, 4.0, 3.0};
    private static final double[] START = {11.0, 6.5, 8.0};

    @Test
    void aJointFitRecoversKnownValues() throws IOException {
        List<String> size = List.of("customers=3000", "days=40", "seed=5");
        List<String> truthRun = new ArrayList<>(size);
        for (int k = 0; k < KEYS.length; k++) {
            truthRun.add(KEYS[k] + "=" + TRUTH[k]);
        }
        ReplicatedFigures f = new ReplicatedFigures(Replications.run(
                Scenarios.load(TestScenarios.SMALL, truthRun).params(), 0, 2, 2, ProgressListener.NONE));
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, """
                name: recovery
                targets:
                  - {name: treatment losses, metric: relationshipsLostToTreatment, expected: %s, relativeTolerance: 0.02}
                  - {name: contacts, metric: contacts, expected: %s, relativeTolerance: 0.02}
                  - {name: abandonment, metric: abandonRate, expected: %s, relativeTolerance: 0.02}
                calibrate:
                  - {key: people.toleranceMean, min: 2, max: 20}
                  - {key: sectors.Banking.contactsPerYear, min: 1, max: 10}
                  - {key: people.patienceMinutes, min: 0.5, max: 20}
                """.formatted(f.get("relationshipsLostToTreatment").mean(), f.get("contacts").mean(),
                f.get("abandonRate").mean()));
        Path out = dir.resolve("fit");
        List<String> args = new ArrayList<>(List.of("calibrate", TestScenarios.SMALL.toString(), "--targets",
                targets.toString(), "--customers", "3000", "--days", "40", "--seed", "5", "--replications", "2",
                "--max-evaluations", "150", "--out", out.toString()));
        for (int k = 0; k < KEYS.length; k++) {
            args.addAll(List.of("--set", KEYS[k] + "=" + START[k]));
        }
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        assertEquals(0, cmd.execute(args.toArray(String[]::new)), err.toString());
        Map<String, Object> fitted = new Yaml().load(Files.readString(out.resolve("fitted.yaml")));
        for (int k = 0; k < KEYS.length; k++) {
            double value = value(fitted, KEYS[k]);
            assertTrue(Math.abs(value - TRUTH[k]) < Math.abs(START[k] - TRUTH[k]) / 4,
                    KEYS[k] + ": fitted " + value + " should be much closer to " + TRUTH[k] + " than the start "
                            + START[k]);
        }
    }

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> tree, String key) {
        Object node = tree;
        for (String part : key.split("\\.(?=[^ ])")) {
            node = ((Map<String, Object>) node).get(part);
        }
        return ((Number) node).doubleValue();
    }
}
