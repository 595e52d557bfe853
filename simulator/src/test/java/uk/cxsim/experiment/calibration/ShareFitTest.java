package uk.cxsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.ScenarioParams;

/**
 * One step of the share fit: the log gap between relationships ended and started over the logit's own elasticity,
 * scaled, each sector's sum kept.
 */
class ShareFitTest {
    private final ScenarioParams small = TestScenarios.small();

    @Test
    void aSupplierLosingMoreThanItWinsGainsAndTheSectorKeepsItsSum() {
        // Banking: Old Bank, New Bank; Energy: Power One, Two, Three
        double[] attractiveness = {0.1, -0.2, 0.3, 0.0, -0.4};
        double[] started = {100, 300, 50, 80, 0};
        double[] ended = {200, 150, 50, 80, 0};
        double[] next = ShareFit.step(small, attractiveness, started, ended, 0.5);
        assertTrue(next[0] > attractiveness[0] && next[1] < attractiveness[1]);
        assertEquals(attractiveness[0] + attractiveness[1], next[0] + next[1], 1e-12);
        double oldBank = 0.5 * Math.log(2) / (1 - 0.25);
        double newBank = 0.5 * Math.log(0.5) / (1 - 0.75);
        assertEquals((oldBank - newBank) / 2, next[0] - attractiveness[0], 1e-12,
                "each log gap over its own elasticity 1 - p, scaled, less the sector's mean move");
        assertArrayEquals(new double[] {0.3, 0.0, -0.4}, Arrays.copyOfRange(next, 2, 5), 1e-12,
                "a sector whose suppliers win what they lose stays put, a supplier with no flows too");
    }

    @Test
    void aBrandStopsAtItsBoundAndIsReported() {
        double[] attractiveness = {Math.log(0.6), Math.log(0.4) - 2.9, Math.log(0.5), Math.log(0.3), Math.log(0.2)};
        double[] started = {100, 100, 50, 80, 30};
        double[] ended = {100, 50, 50, 80, 30};
        double[] next = ShareFit.step(small, attractiveness, started, ended, 1);
        assertEquals(Math.log(0.4) - ShareFit.BRAND_RANGE, next[1], 1e-12, "New Bank stops at its lower bound");
        assertArrayEquals(new boolean[] {false, true, false, false, false}, ShareFit.atBound(small, next));
    }
}
