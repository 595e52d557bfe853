package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.calibration.Implausibility;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.output.Csv;
import uk.cxsim.scenario.EnsembleFile;
import uk.cxsim.scenario.Scenarios;

/**
 * {@code calibrate --ensemble} end to end at a tiny size: targets made from a run at a known tolerance, two
 * parameters free; every member written fits, and ensemble.yaml loads back as scenarios. The band that fits is
 * narrow (treatment losses move about 13% per unit of tolerance against a 15% target tolerance, a tenth of the
 * range searched), so the search gets a budget of 32 evaluations and stops as soon as it has its three members.
 */
class EnsembleCalibrationTest {
    private static final List<String> SIZE = List.of("--customers", "3000", "--days", "40", "--seed", "5");

    @TempDir
    Path dir;

    @Test
    void findsMembersThatFitAndWritesThemAsAnEnsemble() throws IOException {
        Path targets = targets();
        Path out = dir.resolve("ensemble");
        CliHarness cli = new CliHarness();
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", TestScenarios.SMALL.toString(),
                "--targets", targets.toString(), "--ensemble", "3", "--wave-size", "4", "--around", "0.1",
                "--max-evaluations", "32", "--replications", "2", "--threads", "2", "--out", out.toString(),
                "--set", "people.toleranceMean=6"));
        args.addAll(SIZE);
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err.toString());
        assertTrue(cli.out.toString().contains("3 members"), cli.out.toString());

        List<String> rows = Files.readAllLines(out.resolve("ensemble.csv"));
        assertEquals(4, rows.size(), "a header and one row per member");
        List<String> header = Csv.split(rows.get(0));
        assertEquals(List.of("member", "wave", "people.toleranceMean", "people.patienceMinutes",
                "relationshipsLostToTreatment", "abandonRate", "implausibility"), header);
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(Double.parseDouble(Csv.split(row).get(6)) <= Implausibility.CUTOFF, row);
        }
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertTrue(points.size() - 1 >= 3 && points.size() - 1 <= 32, points.size() - 1 + " points");

        List<String> measures = Files.readAllLines(out.resolve("measures.csv"));
        assertEquals("metric,expected,tolerance,noise_sd", measures.get(0));
        assertEquals(3, measures.size(), "one row per value target");
        assertTrue(Double.parseDouble(Csv.split(measures.get(1)).get(3)) > 0, "replications differ: " + measures);

        EnsembleFile ensemble = EnsembleFile.load(out.resolve("ensemble.yaml"));
        assertEquals(3, ensemble.members().size());
        assertEquals(3000, ensemble.customers());
        double tolerance = Double.parseDouble(Csv.split(rows.get(1)).get(2));
        assertEquals(tolerance, ensemble.load(ensemble.members().get(0), List.of()).params().people().toleranceMean(),
                "the first member, as ensemble.yaml loads it, is the first row's point");
        assertTrue(Files.exists(out.resolve("charts/pair-people-patienceminutes-vs-people-tolerancemean.png")));
    }

    @Test
    void fewerMembersThanAskedIsSaidNotAFailure() throws IOException {
        Path out = dir.resolve("none");
        CliHarness cli = new CliHarness();
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", TestScenarios.SMALL.toString(),
                "--targets", unreachable().toString(), "--ensemble", "2", "--wave-size", "2",
                "--max-evaluations", "3", "--replications", "2", "--out", out.toString()));
        args.addAll(SIZE);
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err.toString());
        assertTrue(cli.out.toString().contains("Found 0 of the 2 members asked for within 3 evaluations"),
                cli.out.toString());
        assertEquals(4, Files.readAllLines(out.resolve("points.csv")).size());
        assertFalse(Files.exists(out.resolve("ensemble.yaml")));
    }

    @Test
    void badSettingsAreRefusedAndWriteNothing() throws IOException {
        Path out = dir.resolve("bad");
        CliHarness cli = new CliHarness();
        assertEquals(2, cli.run("calibrate", TestScenarios.SMALL.toString(), "--targets", targets().toString(),
                "--ensemble", "3", "--around", "1.5", "--out", out.toString()));
        assertEquals(1, cli.err.toString().lines().count(), cli.err.toString());
        assertTrue(cli.err.toString().contains("--around must be in (0, 1], found 1.5"), cli.err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void anAssumedParameterIsSampledBesideTheFittedOnesAndWrittenWithEachPoint() throws IOException {
        Path out = dir.resolve("sampled");
        CliHarness cli = new CliHarness();
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", TestScenarios.SMALL.toString(),
                "--targets", targets().toString(), "--ensemble", "4", "--wave-size", "4", "--around", "0.01",
                "--max-evaluations", "4", "--replications", "2", "--pilot-replications", "2", "--out",
                out.toString(), "--sample-assumed", "behaviour.winBack.acceptance", "--quiet"));
        args.addAll(SIZE);
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err.toString());
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        List<String> header = Csv.split(points.get(0));
        int column = header.indexOf("behaviour.winBack.acceptance");
        assertTrue(column > header.indexOf("people.patienceMinutes"), "sampled after the fitted ones: " + header);
        // its plausible range is 0.05 to 0.3: four Latin-hypercube points take one quarter each
        double[] values = points.subList(1, points.size()).stream()
                .mapToDouble(row -> Double.parseDouble(Csv.split(row).get(column))).sorted().toArray();
        assertTrue(values[0] < 0.1125 && values[values.length - 1] > 0.2375, java.util.Arrays.toString(values));
    }

    @Test
    void onlyAnAssumedParameterIsSampledAndOnlyInAnEnsemble() throws IOException {
        Path out = dir.resolve("refused");
        CliHarness fitted = new CliHarness();
        assertEquals(2, fitted.run("calibrate", TestScenarios.SMALL.toString(), "--targets", targets().toString(),
                "--ensemble", "2", "--sample-assumed", "people.patienceMinutes", "--out", out.toString()));
        assertEquals("cxsim: --sample-assumed people.patienceMinutes: its status is fitted; only an assumed "
                + "parameter with a plausible range is sampled", fitted.err.toString().strip());
        CliHarness single = new CliHarness();
        assertEquals(2, single.run("calibrate", TestScenarios.SMALL.toString(), "--targets", targets().toString(),
                "--sample-assumed", "behaviour.winBack.acceptance", "--out", out.toString()));
        assertTrue(single.err.toString().contains("--sample-assumed works with --ensemble only"),
                single.err.toString());
        assertFalse(Files.exists(out));
    }

    /** Targets met at tolerance 6 with the tiny size's own figures; tolerance and patience free. */
    private Path targets() throws IOException {
        ReplicatedFigures f = new ReplicatedFigures(Replications.run(Scenarios.load(TestScenarios.SMALL,
                List.of("customers=3000", "days=40", "seed=5", "people.toleranceMean=6")).params(), 0, 2, 2,
                ProgressListener.NONE));
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, """
                name: tiny
                targets:
                  - name: treatment losses
                    metric: relationshipsLostToTreatment
                    expected: %s
                    relativeTolerance: 0.15
                  - name: hang-ups
                    metric: abandonRate
                    expected: %s
                    tolerance: 0.05
                calibrate:
                  - key: people.toleranceMean
                    min: 2
                    max: 20
                  - key: people.patienceMinutes
                    min: 0.5
                    max: 30
                """.formatted(f.get("relationshipsLostToTreatment").mean(), f.get("abandonRate").mean()));
        return file;
    }

    private Path unreachable() throws IOException {
        Path file = dir.resolve("unreachable.yaml");
        Files.writeString(file, """
                name: unreachable
                targets:
                  - name: treatment losses
                    metric: relationshipsLostToTreatment
                    expected: 1e12
                    relativeTolerance: 0.01
                calibrate:
                  - key: people.toleranceMean
                    min: 2
                    max: 20
                """);
        return file;
    }
}
