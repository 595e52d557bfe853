package uk.cxsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The implausibility rule: distance to the target in units of tolerance and noise, cut off at 3. */
class ImplausibilityTest {
    @Test
    void aPointOnTheTargetIsZero() {
        assertEquals(0, Implausibility.of(0.68, 0.68, 0.02, 0.0001));
        assertEquals(0, Implausibility.of(5, 5, 0, 0));
    }

    @Test
    void threeTolerancesAwayWithoutNoiseIsThree() {
        assertEquals(3, Implausibility.of(0.74, 0.68, 0.02, 0), 1e-12);
        assertEquals(3, Implausibility.of(0.62, 0.68, 0.02, 0), 1e-12);
        assertTrue(Implausibility.plausible(Implausibility.of(0.74, 0.68, 0.02, 0)));
        assertFalse(Implausibility.plausible(Implausibility.of(0.7401, 0.68, 0.02, 0)));
    }

    @Test
    void noiseWidensTheDenominator() {
        // tolerance 0.02 and a noise standard deviation of 0.02: sqrt(0.0004 + 0.0004)
        double withNoise = Implausibility.of(0.74, 0.68, 0.02, 0.0004);
        assertEquals(0.06 / Math.sqrt(0.0008), withNoise, 1e-12);
        assertTrue(withNoise < 3);
        // noise alone, no tolerance: the distance in noise standard deviations
        assertEquals(2, Implausibility.of(14, 10, 0, 4), 1e-12);
    }

    @Test
    void aPointIsAsImplausibleAsItsWorstTarget() {
        double i = Implausibility.max(new double[]{0.68, 0.20, 9.5}, new double[]{0.68, 0.14, 9.5},
                new double[]{0.02, 0.02, 0.95}, new double[]{0, 0, 0});
        assertEquals(3, i, 1e-9);
        assertEquals(0, Implausibility.max(new double[0], new double[0], new double[0], new double[0]));
    }

    @Test
    void aFigureThatCouldNotBeSimulatedIsRuledOut() {
        assertEquals(Double.POSITIVE_INFINITY, Implausibility.of(Double.NaN, 1, 1, 0));
        assertEquals(Double.POSITIVE_INFINITY, Implausibility.of(2, 1, 0, 0));
    }

    @Test
    void negativeToleranceOrNoiseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Implausibility.of(1, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Implausibility.of(1, 1, 1, -1));
    }
}
