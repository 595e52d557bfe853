package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values an experiment file hands to the command line are checked where file and line can be named. */
class ExperimentFileTest {
    @TempDir
    Path dir;

    @Test
    void wholeNumberOptionRefusesText() throws IOException {
        assertEquals(":3: customers: must be a whole number, found 'lots'",
                error("kind: run\nscenario: x.yaml\ncustomers: lots\n"));
    }

    @Test
    void sigmaMustBeAFiniteNumber() throws IOException {
        assertEquals(":4: sigma: must be a number, found '.inf'",
                error("kind: calibrate\nscenario: x.yaml\ntargets: t.yaml\nsigma: .inf\n"));
    }

    @Test
    void methodMustBeOneTheKindKnows() throws IOException {
        assertEquals(":4: method: 'morris' is not allowed for a calibrate experiment; allowed cmaes, nelder_mead",
                error("kind: calibrate\nscenario: x.yaml\ntargets: t.yaml\nmethod: morris\n"));
    }

    @Test
    void validValuesPass() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, "kind: sensitivity\nscenario: x.yaml\nmethod: sobol\nsamples: 8\nseed: -3\n"
                + "parameters: {people.toleranceMean: '4:8:2'}\n");
        assertEquals("sensitivity", ExperimentFile.load(f).kind());
    }

    @Test
    void aComparisonCarriesTheQuestionItAnswers() throws IOException {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "kind: compare\nscenario: x.yaml\nvariants: [y.yaml]\n"
                + "question: Which service fix should we fund next year?\n");
        List<String> args = ExperimentFile.load(f).arguments();
        int at = args.indexOf("--question");
        assertTrue(at > 0, args.toString());
        assertEquals("Which service fix should we fund next year?", args.get(at + 1));
    }

    @Test
    void aComparisonCarriesItsFocus() throws IOException {
        Path f = dir.resolve("focus.yaml");
        Files.writeString(f, "kind: compare\nscenario: x.yaml\nvariants: [y.yaml]\nfocus: Energy\nfocusDensity: 4\n");
        List<String> args = ExperimentFile.load(f).arguments();
        int at = args.indexOf("--focus");
        assertTrue(at > 0, args.toString());
        assertEquals("Energy", args.get(at + 1));
        at = args.indexOf("--focus-density");
        assertTrue(at > 0, args.toString());
        assertEquals("4", args.get(at + 1));
    }

    @Test
    void anEnsembleIsACalibrationThatFindsMany() throws IOException {
        Path f = dir.resolve("ens.yaml");
        Files.writeString(f, "kind: ensemble\nscenario: x.yaml\ntargets: t.yaml\nmembers: 20\nwaveSize: 10\n"
                + "around: 0.05\npilotReplications: 3\nmaxEvaluations: 90\ncustomers: 20000\n");
        ExperimentFile e = ExperimentFile.load(f);
        assertEquals("ensemble", e.kind());
        String line = String.join(" ", e.arguments());
        assertEquals("calibrate", e.arguments().get(0));
        assertTrue(line.contains("--targets " + dir.resolve("t.yaml")), line);
        assertTrue(line.contains("--ensemble 20 --wave-size 10 --around 0.05 --pilot-replications 3"), line);
        assertTrue(line.contains("--max-evaluations 90"), line);
    }

    @Test
    void aScreeningOfAssumptionsNamesItsLeversAndDesign() throws IOException {
        Path f = dir.resolve("screen.yaml");
        Files.writeString(f, "kind: assumptions\nscenario: x.yaml\nvariants: [a.yaml, b.yaml]\ngroups: g.yaml\n"
                + "trajectories: 4\nlevels: 4\ntop: 5\nsamples: 6\nseeds: 3\ncustomers: 20000\n");
        ExperimentFile e = ExperimentFile.load(f);
        String line = String.join(" ", e.arguments());
        assertEquals("assumptions " + dir.resolve("x.yaml") + " " + dir.resolve("a.yaml") + " " + dir.resolve("b.yaml")
                + " --customers 20000 --samples 6 --trajectories 4 --levels 4 --top 5 --seeds 3 --groups "
                + dir.resolve("g.yaml"), line);
        Path sobol = dir.resolve("sobol.yaml");
        Files.writeString(sobol, "kind: assumptions\nscenario: x.yaml\nvariants: [a.yaml]\nsobolGroups: [leaving, "
                + "word of mouth]\n");
        assertEquals(List.of("--sobol-groups", "leaving", "--sobol-groups", "word of mouth"),
                ExperimentFile.load(sobol).arguments().subList(3, 7));
        assertEquals(":3: top: must be a whole number, found 'many'",
                error("kind: assumptions\nscenario: x.yaml\ntop: many\nvariants: [a.yaml]\n"));
    }

    @Test
    void anEnsembleNeedsItsSizeAsAWholeNumber() throws IOException {
        assertEquals(":1: members: is required but missing",
                error("kind: ensemble\nscenario: x.yaml\ntargets: t.yaml\n"));
        assertEquals(":4: members: must be a whole number, found 'many'",
                error("kind: ensemble\nscenario: x.yaml\ntargets: t.yaml\nmembers: many\n"));
        assertEquals(":4: sigma: unknown key for an ensemble experiment; allowed: around, customers, days, "
                        + "description, kind, maxEvaluations, members, name, pilotReplications, replications, "
                        + "sampleAssumed, scenario, seed, set, targets, waveSize",
                error("kind: ensemble\nscenario: x.yaml\ntargets: t.yaml\nsigma: 0.1\nmembers: 3\n"));
    }

    @Test
    void discoverReadsItsTableBesideTheFileAndTakesNoScenarioKeys() throws IOException {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, "kind: discover\ntable: runs/sweep.csv\noutcome: net\nabove: 0\ninputs: [a, b]\n"
                + "boxes: 2\npeelAlpha: 0.1\npasting: false\n");
        ExperimentFile e = ExperimentFile.load(f);
        assertEquals(java.util.List.of("discover", dir.resolve("runs/sweep.csv").toString(), "--outcome", "net",
                "--above", "0", "--inputs", "a,b", "--boxes", "2", "--peel-alpha", "0.1", "--no-pasting"),
                e.arguments());
        assertEquals(false, e.simulates());
        assertEquals(":4: customers: unknown key for a discover experiment; allowed: above, below, box, boxes, "
                + "description, inputs, kind, massMin, name, outcome, pasteAlpha, pasting, peelAlpha, table, "
                + "threshold", error("kind: discover\ntable: t.csv\noutcome: net\ncustomers: 9\n"));
    }

    @Test
    void discoverRefusesBadValuesWhereTheyStand() throws IOException {
        String head = "kind: discover\ntable: t.csv\noutcome: net\n";
        assertEquals(":1: below: give exactly one of below or above (the level that makes a run one of interest)",
                error(head + "below: 0\nabove: 1\n"));
        assertEquals(":1: below: give exactly one of below or above (the level that makes a run one of interest)",
                error(head));
        assertEquals(":4: below: must be a number, found 'low'", error(head + "below: low\n"));
        assertEquals(":5: box: must be a whole number, found '1.5'", error(head + "below: 0\nbox: 1.5\n"));
        assertEquals(":5: pasting: must be true or false, found 'maybe'", error(head + "below: 0\npasting: maybe\n"));
        assertEquals(":1: table: is required but missing", error("kind: discover\noutcome: net\nbelow: 0\n"));
    }

    @Test
    void filesNamingNoPossiblePathAreRefused() throws IOException {
        String nul = "\"a\\0b.yaml\"";
        assertEquals(":2: scenario: not a file path (Nul character not allowed)",
                error("kind: run\nscenario: " + nul + "\n"));
        assertEquals(":3: variants: not a file path (Nul character not allowed)",
                error("kind: compare\nscenario: x.yaml\nvariants: [y.yaml, " + nul + "]\n"));
        assertEquals(":4: ensemble: not a file path (Nul character not allowed)",
                error("kind: compare\nscenario: x.yaml\nvariants: [y.yaml]\nensemble: " + nul + "\n"));
        assertEquals(":3: targets: not a file path (Nul character not allowed)",
                error("kind: calibrate\nscenario: x.yaml\ntargets: " + nul + "\n"));
        assertEquals(":2: table: not a file path (Nul character not allowed)",
                error("kind: discover\ntable: " + nul + "\noutcome: net\nbelow: 0\n"));
    }

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("e.yaml");
        Files.writeString(f, yaml);
        String msg = assertThrows(ScenarioException.class, () -> ExperimentFile.load(f)).getMessage();
        return msg.substring(f.toString().length());
    }
}
