package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code cxsim discover} on synthetic tables laid out as cxsim writes them. */
class DiscoverCommandTest {
    @TempDir
    Path dir;

    /**
     * A sweep-like table: bookkeeping columns, two varied parameters and a noise one, then figures. The figure
     * "loss" is below 0 exactly where a is above 0.7 and b below 0.3; "echo" copies the loss (an output, not an input).
     */
    private Path table(String name, int rows, boolean withBatch) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder sb = new StringBuilder("point,replication,seed,a,b,c,loss,echo,label\n");
        for (int i = 0; i < rows; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            double c = random.nextDouble();
            double loss = a > 0.7 && b < 0.3 ? -1 - c : 1 + c;
            sb.append(i).append(",0,7,").append(a).append(',').append(b).append(',').append(c).append(',')
                    .append(loss).append(',').append(loss).append(",x").append(i % 3).append('\n');
        }
        Files.writeString(folder.resolve("sweep.csv"), sb.toString());
        if (withBatch) {
            Files.writeString(folder.resolve("batch.json"), "{\"parameters\": [\"a\", \"b\", \"c\"]}\n");
        }
        return folder.resolve("sweep.csv");
    }

    @Test
    void findsTheBoxWritesItsFilesAndSaysItInWords() throws IOException {
        Path t = table("sweep", 1000, true);
        Path out = dir.resolve("found");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("discover", t.toString(), "--outcome", "loss", "--below", "0", "--out",
                out.toString()));
        String said = cli.out.toString();
        assertTrue(said.contains("Inputs (the parameters the files beside the table say were varied): a, b, c"), said);
        assertTrue(said.matches("(?s).*Box 1: loss below 0 in \\d+% of runs where a > 0\\.[67]\\d* and b < 0\\.[23]\\d*"
                + " \\(the box holds \\d+% of all runs with loss below 0, and \\d+% of all runs\\).*"), said);
        Map<String, Object> boxes = new Yaml().load(Files.readString(out.resolve("boxes.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> box = ((List<Map<String, Object>>) boxes.get("boxes")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, List<Double>> limits = (Map<String, List<Double>>) box.get("limits");
        assertEquals(List.of("a", "b"), List.copyOf(limits.keySet()), "c is left unrestricted, so absent");
        assertEquals(0.7, limits.get("a").get(0), 0.05);
        assertEquals(0.3, limits.get("b").get(1), 0.05);
        assertTrue(((Number) box.get("density")).doubleValue() >= 0.95);
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertEquals("box,step,phase,coverage,density,mass,rows,cases,restrictedDimensions,chosen,a.low,a.high,b.low,"
                + "b.high,c.low,c.high", trajectory.get(0));
        assertEquals(1, trajectory.stream().filter(l -> l.contains(",true,")).count());
        assertTrue(Files.size(out.resolve("charts/tradeoff-box-1.png")) > 0);
        assertTrue(Files.exists(out.resolve("charts/tradeoff-box-1.svg")));
    }

    @Test
    void withoutBatchJsonEveryVaryingNumericColumnButTheOutcomeIsAnInput() throws IOException {
        Path t = table("plain", 300, false);
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("discover", t.toString(), "--outcome", "loss", "--below", "0", "--out",
                dir.resolve("o").toString()));
        assertTrue(cli.out.toString().contains("Inputs (every numeric column that varies): a, b, c, echo"),
                cli.out.toString());
        assertTrue(cli.out.toString().contains("Left out (text columns; discover restricts numeric inputs only): "
                + "label"), cli.out.toString());
    }

    @Test
    void besideAnEnsembleComparisonTheMembersKeysAreTheInputs() throws IOException {
        Path t = table("ensemble", 300, false);
        Files.writeString(t.resolveSibling("comparison.json"), "{\"ensemble\": {\"members\": 300, "
                + "\"parameters\": [\"a\", \"b\"]}}\n");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("discover", t.toString(), "--outcome", "loss", "--below", "0", "--out",
                dir.resolve("e").toString()));
        assertTrue(cli.out.toString().contains("Inputs (the parameters the files beside the table say were varied): "
                + "a, b\n"), cli.out.toString());
    }

    @Test
    void namedInputsAndAPickedStepAreUsed() throws IOException {
        Path t = table("named", 400, true);
        Path out = dir.resolve("picked");
        assertEquals(0, new CliHarness().run("discover", t.toString(), "--outcome", "loss", "--above", "0",
                "--inputs", "a,c", "--box", "0", "--quiet", "--out", out.toString()));
        Map<String, Object> boxes = new Yaml().load(Files.readString(out.resolve("boxes.json")));
        assertEquals(List.of("a", "c"), boxes.get("inputs"));
        @SuppressWarnings("unchecked")
        Map<String, Object> box = ((List<Map<String, Object>>) boxes.get("boxes")).get(0);
        assertEquals(0, box.get("step"));
        assertEquals(Map.of(), box.get("limits"));
        assertEquals(1, ((Number) box.get("coverage")).intValue());
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path t = table("bad", 200, true);
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "a,loss\n1,1\n2,-1\n3,1\n");
        Path text = dir.resolve("text.csv");
        Files.writeString(text, "a,loss\n" + "1,x\n".repeat(20));
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,loss\n" + "1,2\n".repeat(20) + "1,2,3\n");
        Path out = dir.resolve("never");
        String o = out.toString();
        String f = t.toString();
        List<List<String>> cases = List.of(
                List.of("discover", dir.resolve("missing.csv").toString(), "--outcome", "loss", "--below", "0"),
                List.of("discover", f, "--outcome", "nope", "--below", "0"),
                List.of("discover", f, "--outcome", "loss"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--above", "1"),
                List.of("discover", f, "--outcome", "label", "--below", "0"),
                List.of("discover", text.toString(), "--outcome", "loss", "--below", "0"),
                List.of("discover", few.toString(), "--outcome", "loss", "--below", "0"),
                List.of("discover", ragged.toString(), "--outcome", "loss", "--below", "0"),
                List.of("discover", f, "--outcome", "loss", "--below", "-100"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--inputs", "a,zz"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--inputs", "label"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--peel-alpha", "0.7"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--threshold", "1.5"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--box", "9999"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--inputs", "a,seed"),
                List.of("discover", f, "--outcome", "loss", "--below", "0", "--boxes", "0"));
        for (List<String> c : cases) {
            List<String> args = new java.util.ArrayList<>(c);
            args.addAll(List.of("--out", o));
            CliHarness cli = new CliHarness();
            assertEquals(2, cli.run(args.toArray(String[]::new)), c + ": " + cli.err);
            String err = cli.err.toString().strip();
            assertTrue(err.startsWith("cxsim: ") && !err.contains("\n"), c + ": " + err);
            assertFalse(Files.exists(out), c + " wrote " + out);
        }
    }

    @Test
    void aDiscoverExperimentReadsItsTableRelativeToTheFile() throws IOException {
        table("exp", 500, true);
        Path file = dir.resolve("discover.yaml");
        Files.writeString(file, "kind: discover\ntable: exp/sweep.csv\noutcome: loss\nbelow: 0\nboxes: 2\n");
        Path out = dir.resolve("from-experiment");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("experiment", file.toString(), "--threads", "2", "--out", out.toString()),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("Box 1: loss below 0 in "), cli.out.toString());
        assertTrue(Files.exists(out.resolve("boxes.json")) && Files.exists(out.resolve("trajectory.csv")));
    }

    @Test
    void aFailedSearchSaysNoBoxAndStillWritesTheTrajectory() throws IOException {
        Path t = table("noise", 400, true);
        Path out = dir.resolve("strict");
        CliHarness cli = new CliHarness();
        // c alone cannot explain the loss: no box on c reaches 95% density
        assertEquals(0, cli.run("discover", t.toString(), "--outcome", "loss", "--below", "0", "--inputs", "c",
                "--threshold", "0.95", "--out", out.toString()));
        assertTrue(cli.out.toString().contains("Box 1: none reaches the density asked for"), cli.out.toString());
        assertTrue(Files.readString(out.resolve("boxes.json")).contains("\"boxes\": []"));
        assertTrue(Files.readAllLines(out.resolve("trajectory.csv")).size() > 1);
    }
}
