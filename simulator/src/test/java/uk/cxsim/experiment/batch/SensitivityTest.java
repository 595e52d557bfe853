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
        Sensitivity.Plan plan = Sensitivity.saltelli(3, 512);
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
    void sobolFindsAnInteraction() {
        // y = x1 * x2: no additive part beyond each factor's mean effect; total indices exceed first-order ones
        Sensitivity.Plan plan = Sensitivity.saltelli(3, 512);
        double[] y = plan.points().stream().mapToDouble(x -> (x[0] - 0.5) * (x[1] - 0.5)).toArray();
        List<SensitivityIndex> idx = Sensitivity.analyse(plan, "y", NAMES, y, 300, 2);
        assertTrue(find(idx, "x1", "ST").value() > 0.8);
        assertTrue(Math.abs(find(idx, "x1", "S1").value()) < 0.1);
    }

    private static double value(List<SensitivityIndex> idx, String p, String name) {
        return find(idx, p, name).value();
    }

    private static SensitivityIndex find(List<SensitivityIndex> idx, String p, String name) {
        return idx.stream().filter(i -> i.parameter().equals(p) && i.index().equals(name)).findFirst().orElseThrow();
    }
}
