package uk.cxsim.experiment.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.metrics.SensitivityIndex;

/** The estimators on functions whose indices are known exactly. */
class SensitivityTest {
    private static final List<String> NAMES = List.of("x1", "x2", "x3");

    /** y = x1 + 2 x2 on the unit cube; x3 does nothing. Var shares 1 : 4, so S1 = ST = 0.2, 0.8, 0. */
    private static double linear(double[] x) {
        return x[0] + 2 * x[1];
    }

    @Test
    void morrisRecoversTheEffectsOfALinearFunction() {
        Sensitivity.Plan plan = Sensitivity.morris(3, 12, 4, 7);
        double[] y = plan.points().stream().mapToDouble(SensitivityTest::linear).toArray();
        List<SensitivityIndex> idx = Sensitivity.analyse(plan, "y", NAMES, y, 200, 1);
        assertEquals(1.0, value(idx, "x1", "mu*"), 1e-12);
        assertEquals(2.0, value(idx, "x2", "mu*"), 1e-12);
        assertEquals(0.0, value(idx, "x3", "mu*"), 1e-12);
        assertEquals(0.0, value(idx, "x2", "sigma"), 1e-12, "a linear function has no interactions");
    }

    @Test
    void sobolIndicesOfALinearFunctionAreItsVarianceShares() {
        Sensitivity.Plan plan = Sensitivity.saltelli(3, 512, 7);
        assertEquals(512 * 5, plan.points().size());
        double[] y = plan.points().stream().mapToDouble(SensitivityTest::linear).toArray();
        List<SensitivityIndex> idx = Sensitivity.analyse(plan, "y", NAMES, y, 500, 1);
        double[][] expected = {{0.2, 0.2}, {0.8, 0.8}, {0, 0}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                SensitivityIndex s = find(idx, NAMES.get(i), j == 0 ? "S1" : "ST");
                assertTrue(s.low() <= expected[i][j] + 1e-9 && expected[i][j] - 1e-9 <= s.high(),
                        s + " should cover " + expected[i][j]);
            }
        }
    }

    @Test
    void everyRowOfASaltelliDesignMovesEveryFactor() {
        // an unshifted Sobol sequence gives A and B the same coordinate on many short rows (its first point is 0.5
        // everywhere), so a factor could get indices of exactly 0 whatever it does
        Sensitivity.Plan plan = Sensitivity.saltelli(10, 8, 3);
        for (int row = 0; row < 8; row++) {
            double[] a = plan.points().get(row * 12);
            double[] b = plan.points().get(row * 12 + 1);
            for (int i = 0; i < 10; i++) {
                assertTrue(a[i] != b[i], "row " + row + ", factor " + i);
                assertTrue(a[i] >= 0 && a[i] < 1 && b[i] >= 0 && b[i] < 1);
            }
        }
    }

    @Test
    void sobolFindsAnInteraction() {
        // y = x1 * x2: no additive part beyond each factor's mean effect; total indices exceed first-order ones
        Sensitivity.Plan plan = Sensitivity.saltelli(3, 512, 7);
        double[] y = plan.points().stream().mapToDouble(x -> (x[0] - 0.5) * (x[1] - 0.5)).toArray();
        List<SensitivityIndex> idx = Sensitivity.analyse(plan, "y", NAMES, y, 300, 2);
        // all of x1's variance is interaction: its total index is near 1 and far above its first-order one
        assertTrue(find(idx, "x1", "ST").value() > 0.8);
        assertTrue(find(idx, "x1", "ST").value() - find(idx, "x1", "S1").value() > 0.5);
        assertEquals(0, find(idx, "x3", "ST").value(), 1e-12, "x3 does nothing");
    }

    private static double value(List<SensitivityIndex> idx, String p, String name) {
        return find(idx, p, name).value();
    }

    private static SensitivityIndex find(List<SensitivityIndex> idx, String p, String name) {
        return idx.stream().filter(i -> i.parameter().equals(p) && i.index().equals(name)).findFirst().orElseThrow();
    }
}
