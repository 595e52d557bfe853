package uk.cxsim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttritionTest {
    @Test
    void withNoTrendFrictionOrAlternativeToleranceIsTheCustomersOwnTimesTheStage() {
        assertEquals(12.0, Attrition.effectiveTolerance(8, 1.5, 3, 0, 0, 2, 0, 1), 1e-12);
    }

    @Test
    void risingIntoleranceCompoundsYearByYear() {
        double t = Attrition.effectiveTolerance(10, 1, 2, -0.1, 0, 0, 0, 0);
        assertEquals(10 * 0.9 * 0.9, t, 1e-12);
    }

    @Test
    void exitFrictionHoldsCustomersHostage() {
        double free = Attrition.effectiveTolerance(10, 1, 0, 0, 0, 0.5, 0, 0);
        double hostage = Attrition.effectiveTolerance(10, 1, 0, 0, 0.8, 0.5, 0, 0);
        assertEquals(free * 1.4, hostage, 1e-12);
    }

    @Test
    void aBetterAlternativeLowersToleranceAndAWorseOneRaisesIt() {
        double none = Attrition.effectiveTolerance(10, 1, 0, 0, 0, 0, 0, 0.5);
        double better = Attrition.effectiveTolerance(10, 1, 0, 0, 0, 0, 2, 0.5);
        double worse = Attrition.effectiveTolerance(10, 1, 0, 0, 0, 0, -2, 0.5);
        assertEquals(none * Math.exp(-1), better, 1e-12);
        assertTrue(worse > none);
    }

    @Test
    void leavesOnlyOnceFrustrationExceedsTolerance() {
        assertTrue(Attrition.leavesForTreatment(10.001, 10));
        assertFalse(Attrition.leavesForTreatment(10, 10));
        assertFalse(Attrition.leavesForTreatment(3, 10));
    }
}
