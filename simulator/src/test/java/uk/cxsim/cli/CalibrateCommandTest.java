package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Calibration recovers a parameter: targets are made from runs with a known tolerance, and the fit starts far
 * from it. With common random numbers the objective is zero at the true value, so the optimiser should land much
 * closer to it than it started.
 */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void recoversAKnownTolerance() throws IOException {
        double truth = 6.0;
        double start = 14.0;
        List<String> size = List.of("customers=3000", "days=40", "seed=5");
        List<String> truthRun = new java.util.ArrayList<>(size);
        truthRun.add("people.toleranceMean=" + truth);
        ReplicatedFigures f = new ReplicatedFigures(Replications.run(
                Scenarios.load(TestScenarios.SMALL, truthRun).params(), 0, 2, 2, ProgressListener.NONE));
        double treatment = f.get("relationshipsLostToTreatment").mean();
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, """
                name: recovery
                targets:
                  - name: treatment losses
                    metric: relationshipsLostToTreatment
                    expected: %s
                    relativeTolerance: 0.05
                calibrate:
                  - key: people.toleranceMean
                    min: 2
                    max: 20
                """.formatted(treatment));
        Path out = dir.resolve("fit");
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute("calibrate", TestScenarios.SMALL.toString(), "--targets", targets.toString(),
                "--customers", "3000", "--days", "40", "--seed", "5", "--set", "people.toleranceMean=" + start,
                "--replications", "2", "--max-evaluations", "40", "--out", out.toString());
        assertEquals(0, code, err.toString());
        Map<String, Object> fitted = new Yaml().load(Files.readString(out.resolve("fitted.yaml")));
        @SuppressWarnings("unchecked")
        double value = ((Number) ((Map<String, Object>) fitted.get("people")).get("toleranceMean")).doubleValue();
        assertTrue(Math.abs(value - truth) < Math.abs(start - truth) / 4,
                "fitted " + value + " should be much closer to " + truth + " than the start " + start);
        assertTrue(Files.readString(out.resolve("fit.csv")).contains("treatment losses"));
        assertTrue(Files.readAllLines(out.resolve("evaluations.csv")).size() > 10);
        // the fitted overlay runs as a scenario
        assertEquals(small(out.resolve("fitted.yaml")).people().toleranceMean(), value, 1e-9);
    }

    private static uk.cxsim.model.params.ScenarioParams small(Path fitted) {
        return Scenarios.load(fitted, List.of()).params();
    }
}
