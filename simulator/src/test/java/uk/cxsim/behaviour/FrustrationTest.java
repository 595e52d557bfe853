package uk.cxsim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrustrationTest {
    @Test
    void halvesOverOneHalfLifeAndQuartersOverTwo() {
        assertEquals(0.5, Frustration.decayFactor(90, 90), 1e-12);
        assertEquals(0.25, Frustration.decayFactor(180, 90), 1e-12);
    }

    @Test
    void noTimeOrTimeRunningBackwardsLeavesFrustrationAsItWas() {
        assertEquals(1.0, Frustration.decayFactor(0, 60));
        assertEquals(1.0, Frustration.decayFactor(-5, 60));
    }

    @Test
    void decayingInStepsEqualsDecayingAtOnce() {
        double inSteps = Frustration.decayFactor(40, 75) * Frustration.decayFactor(35, 75);
        assertEquals(Frustration.decayFactor(75, 75), inSteps, 1e-12);
    }
}
