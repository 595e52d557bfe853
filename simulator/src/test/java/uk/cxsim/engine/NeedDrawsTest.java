package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import uk.cxsim.engine.NeedDraws.Decision;

class NeedDrawsTest {
    @Test
    void aDecisionDrawsTheSameNumbersWhateverWasDrawnBeforeIt() {
        NeedDraws a = new NeedDraws(7, 0, 2);
        a.start(41);
        a.of(Decision.CONTEXT).nextDouble();
        a.of(Decision.TRANSFER).nextDouble();
        double afterOthers = a.of(Decision.RESOLUTION).nextDouble();
        NeedDraws b = new NeedDraws(7, 0, 2);
        b.start(41);
        assertEquals(afterOthers, b.of(Decision.RESOLUTION).nextDouble());
    }

    @Test
    void decisionsNeedsAndStepsDrawNumbersOfTheirOwn() {
        NeedDraws d = new NeedDraws(7, 0, 2);
        d.start(41);
        double context = d.of(Decision.CONTEXT).nextDouble();
        assertNotEquals(context, d.of(Decision.RESOLUTION).nextDouble());
        long first = d.nextStep();
        long second = d.nextStep();
        assertNotEquals(first, second);
        d.start(42);
        assertNotEquals(context, d.of(Decision.CONTEXT).nextDouble());
        assertNotEquals(context, contextOf(new NeedDraws(7, 1, 2), 41));
        assertNotEquals(context, contextOf(new NeedDraws(7, 0, 3), 41));
    }

    @Test
    void aBookedStepResumesWithTheSameNumbersInAnotherRun() {
        NeedDraws a = new NeedDraws(7, 0, 2);
        a.start(41);
        a.of(Decision.PATIENCE).nextDouble();
        long step = a.nextStep();
        NeedDraws b = new NeedDraws(7, 0, 2);
        b.start(41);
        long same = b.nextStep();
        assertEquals(step, same, "the first step a need books has the same seed whatever the need drew first");
        a.resume(step);
        b.resume(same);
        assertEquals(a.of(Decision.HANDLE).nextDouble(), b.of(Decision.HANDLE).nextDouble());
    }

    private static double contextOf(NeedDraws draws, long candidate) {
        draws.start(candidate);
        return draws.of(Decision.CONTEXT).nextDouble();
    }
}
