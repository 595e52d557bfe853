package uk.cxsim.experiment.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DesignTest {
    private final List<ParameterRange> ranges = List.of(ParameterRange.between("a", 0.5, 1.5, 5),
            ParameterRange.between("b", 10, 20, 3), ParameterRange.of("c", 1, 2, 4));

    @Test
    void gridVisitsEveryCombinationIncludingTheEnds() {
        List<double[]> points = Design.GRID.points(ranges, 0, 1);
        assertEquals(5 * 3 * 3, points.size());
        Set<String> distinct = new HashSet<>();
        for (double[] p : points) {
            distinct.add(java.util.Arrays.toString(p));
        }
        assertEquals(points.size(), distinct.size());
        assertArrayEquals(new double[]{0.5, 10, 1}, points.get(0));
        assertArrayEquals(new double[]{1.5, 20, 4}, points.get(points.size() - 1));
        assertArrayEquals(new double[]{0.5, 0.75, 1, 1.25, 1.5}, ranges.get(0).levels(), 0.0);
    }

    @Test
    void latinHypercubeUsesEveryStratumOnceInEveryDimension() {
        int n = 40;
        List<ParameterRange> continuous = List.of(ParameterRange.between("a", 0, 1, 2),
                ParameterRange.between("b", -5, 5, 2));
        List<double[]> points = Design.LHS.points(continuous, n, 42);
        assertEquals(n, points.size());
        for (int k = 0; k < continuous.size(); k++) {
            ParameterRange r = continuous.get(k);
            boolean[] hit = new boolean[n];
            for (double[] p : points) {
                assertTrue(r.allows(p[k]), "outside the range: " + p[k]);
                int stratum = (int) Math.floor((p[k] - r.min()) / (r.max() - r.min()) * n);
                assertTrue(!hit[Math.min(stratum, n - 1)], "stratum used twice");
                hit[Math.min(stratum, n - 1)] = true;
            }
        }
    }

    @Test
    void sobolPointsFillTheRangeEvenly() {
        int n = 64;
        List<ParameterRange> continuous = List.of(ParameterRange.between("a", 2, 4, 2),
                ParameterRange.between("b", 0, 1, 2), ParameterRange.between("c", 100, 200, 2));
        List<double[]> points = Design.SOBOL.points(continuous, n, 0);
        assertEquals(n, points.size());
        for (int k = 0; k < 3; k++) {
            ParameterRange r = continuous.get(k);
            int[] bins = new int[8];
            for (double[] p : points) {
                assertTrue(r.allows(p[k]));
                bins[Math.min(7, (int) ((p[k] - r.min()) / (r.max() - r.min()) * 8))]++;
            }
            for (int b : bins) {
                assertEquals(n / 8, b, "a Sobol sequence of 2^k points puts the same number in each of 8 bins");
            }
        }
    }

    @Test
    void listedValuesAreOnlyEverTakenFromTheList() {
        ParameterRange c = ranges.get(2);
        for (double[] p : Design.LHS.points(ranges, 30, 3)) {
            assertTrue(c.allows(p[2]));
        }
        for (double[] p : Design.SOBOL.points(ranges, 30, 3)) {
            assertTrue(c.allows(p[2]));
        }
    }
}
