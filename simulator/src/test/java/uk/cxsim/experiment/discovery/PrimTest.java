package uk.cxsim.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** PRIM on synthetic tables whose boxes are known. */
class PrimTest {
    private static final List<String> FOUR = List.of("x1", "x2", "x3", "x4");
    private static final double ALPHA = PrimSettings.DEFAULTS.peelAlpha();

    /** Uniform points on the unit square in each of four inputs; the rule says which rows are of interest. */
    private static PrimData uniform(int rows, long seed, Predicate<double[]> rule) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[4][rows];
        boolean[] interest = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            double[] point = new double[4];
            for (int j = 0; j < 4; j++) {
                point[j] = random.nextDouble();
                columns[j][i] = point[j];
            }
            interest[i] = rule.test(point);
        }
        return new PrimData(FOUR, columns, interest);
    }

    private static PrimBox firstBox(PrimData data) {
        return new Prim(data, PrimSettings.DEFAULTS).discover(1, -1).get(0).chosen().orElseThrow();
    }

    @Test
    void findsTheCornerBoxRestrictingExactlyTheTwoInputsThatMatter() {
        PrimData data = uniform(2000, 11, p -> p[0] > 0.7 && p[1] < 0.3);
        PrimBox box = firstBox(data);
        Map<String, double[]> limits = box.limits();
        assertEquals(List.of("x1", "x2"), List.copyOf(limits.keySet()));
        // an edge overshoots the true one by at most the last peel: alpha of the box's width in that input
        assertEquals(0.7, limits.get("x1")[0], ALPHA * 1.0);
        assertEquals(0.3, limits.get("x2")[1], ALPHA * 1.0);
        // the other side of each restricted input stays at the data's own edge
        assertTrue(limits.get("x1")[1] > 0.99 && limits.get("x2")[0] < 0.01);
        // density and coverage near the true box's (1 and 1): at most one peel's share lost on each of two edges
        assertTrue(box.density() >= 0.95, "density " + box.density());
        assertTrue(box.coverage() >= (1 - ALPHA) * (1 - ALPHA) - 0.05, "coverage " + box.coverage());
        assertEquals((double) box.rows() / data.rows(), box.mass(), 1e-12);
    }

    @Test
    void aGridWithTiesIsCutBetweenLevelsAndTheBoxIsExact() {
        double[] x1 = {0.6, 0.8, 1.0, 1.2, 1.4};
        double[] x2 = {0.1, 0.3, 0.5};
        int rows = x1.length * x2.length * 2;
        double[][] columns = new double[2][rows];
        boolean[] interest = new boolean[rows];
        int i = 0;
        for (double a : x1) {
            for (double b : x2) {
                for (int rep = 0; rep < 2; rep++) {
                    columns[0][i] = a;
                    columns[1][i] = b;
                    interest[i++] = a >= 1.2 && b <= 0.3;
                }
            }
        }
        PrimBox box = firstBox(new PrimData(List.of("staffing", "trap"), columns, interest));
        assertEquals(1.0, box.density());
        assertEquals(1.0, box.coverage());
        assertEquals(1.1, box.limits().get("staffing")[0], 1e-12);
        assertEquals(0.4, box.limits().get("trap")[1], 1e-12);
        assertEquals(8.0 / 30, box.mass(), 1e-12);
    }

    @Test
    void peelingRaisesDensityAndPastingNeverLowersIt() {
        SplittableRandom noise = new SplittableRandom(5);
        for (long seed = 1; seed <= 6; seed++) {
            // a soft box: most rows inside are of interest, a few outside too
            PrimData data = uniform(1500, seed, p -> noise.nextDouble() < (p[0] > 0.6 && p[2] < 0.5 ? 0.85 : 0.1));
            for (PrimSettings s : List.of(PrimSettings.DEFAULTS, new PrimSettings(0.2, 0.1, 0.05, 0.8, true))) {
                List<PrimBox> steps = new Prim(data, s).search(all(data.rows()));
                for (int k = 1; k < steps.size(); k++) {
                    PrimBox before = steps.get(k - 1);
                    PrimBox after = steps.get(k);
                    assertTrue(after.density() > before.density(), "step " + k + " lowered the density");
                    if (after.phase() == PrimBox.Phase.PASTE) {
                        assertTrue(after.coverage() >= before.coverage() && after.mass() > before.mass());
                    } else {
                        assertTrue(after.mass() < before.mass() && after.coverage() <= before.coverage());
                    }
                    assertTrue(after.mass() >= s.massMin());
                }
            }
        }
    }

    @Test
    void pastingWidensACoarselyPeeledBox() {
        SplittableRandom noise = new SplittableRandom(9);
        PrimData data = uniform(3000, 3, p -> noise.nextDouble() < (p[0] > 0.5 && p[1] < 0.5 ? 0.9 : 0.05));
        PrimSettings coarse = new PrimSettings(0.3, 0.05, 0.05, 0.8, true);
        List<PrimBox> pasted = new Prim(data, coarse).search(all(data.rows()));
        List<PrimBox> peeled = new Prim(data, new PrimSettings(0.3, 0.05, 0.05, 0.8, false)).search(all(data.rows()));
        assertTrue(pasted.size() > peeled.size(), "no paste happened");
        PrimBox last = pasted.get(pasted.size() - 1);
        PrimBox lastPeel = peeled.get(peeled.size() - 1);
        assertEquals(PrimBox.Phase.PASTE, last.phase());
        assertTrue(last.coverage() > lastPeel.coverage() && last.density() > lastPeel.density());
    }

    @Test
    void coveringFindsTwoSeparateBoxesOneAfterTheOther() {
        // each box holds 6.25% of the rows, above the 5% minimum mass
        PrimData data = uniform(3000, 21, p -> (p[0] > 0.75 && p[1] < 0.25) || (p[2] < 0.25 && p[3] > 0.75));
        List<PrimTrajectory> found = new Prim(data, PrimSettings.DEFAULTS).discover(2, -1);
        assertEquals(2, found.size());
        List<List<String>> restricted = found.stream()
                .map(t -> List.copyOf(t.chosen().orElseThrow().limits().keySet())).toList();
        assertTrue(restricted.contains(List.of("x1", "x2")) && restricted.contains(List.of("x3", "x4")),
                restricted.toString());
        double total = found.stream().mapToDouble(t -> t.chosen().orElseThrow().coverage()).sum();
        assertTrue(total > 0.8 && total <= 1.0 + 1e-12, "coverage of both boxes " + total);
    }

    @Test
    void noBoxIsChosenWhereNoneReachesTheThreshold() {
        SplittableRandom noise = new SplittableRandom(2);
        PrimData data = uniform(2000, 4, p -> noise.nextDouble() < 0.3);
        PrimTrajectory t = new Prim(data, new PrimSettings(0.05, 0.05, 0.05, 0.95, true)).discover(3, -1).get(0);
        assertFalse(t.chosen().isPresent());
        assertTrue(t.steps().size() > 1, "the trajectory is kept even without a chosen box");
    }

    @Test
    void theUserCanPickAnyBoxOnTheTrajectory() {
        PrimData data = uniform(1000, 8, p -> p[0] > 0.7 && p[1] < 0.3);
        PrimTrajectory t = new Prim(data, PrimSettings.DEFAULTS).discover(1, 0).get(0);
        PrimBox start = t.chosen().orElseThrow();
        assertEquals(0, start.step());
        assertTrue(start.limits().isEmpty());
        assertEquals(1.0, start.coverage());
        assertEquals(1.0, start.mass());
        assertThrows(IllegalArgumentException.class, () -> new Prim(data, PrimSettings.DEFAULTS).discover(1, 500));
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrimSettings(0, 0.05, 0.05, 0.8, true));
        assertThrows(IllegalArgumentException.class, () -> new PrimSettings(0.05, 0.5, 0.05, 0.8, true));
        assertThrows(IllegalArgumentException.class, () -> new PrimSettings(0.05, 0.05, 1, 0.8, true));
        assertThrows(IllegalArgumentException.class, () -> new PrimSettings(0.05, 0.05, 0.05, 0, true));
    }

    private static boolean[] all(int rows) {
        boolean[] b = new boolean[rows];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
