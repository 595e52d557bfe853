package uk.cxsim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.experiment.whatif.Focus;

/** The focus benchmark's arithmetic, on a small market: both arms give the same answers seed by seed. */
class FocusRatioTest {
    @Test
    void bothArmsAnswerAlikeSoTheRatioIsTheTimes() {
        FocusRatio.Answer a = FocusRatio.measure(TestScenarios.smallAtSeed(List.of("days=20", "warmupDays=5"),
                List.of("sectors.Energy.suppliers.Power One.crm.context=1.0",
                        "sectors.Energy.suppliers.Power One.investment.perYearGbp=100000")), 3, 2, 2, (d, n) -> { });
        assertEquals(List.of(), FocusRatio.differing(a), "a focused comparison is the full one");
        assertEquals("Power One's own books", a.books(), "the nets are the payer's");
        assertEquals(a.against().variance(), a.tried().variance());
        assertTrue(a.against().variance() > 0, "the seeds give different answers");
        assertEquals(a.against().medianSeconds() / a.tried().medianSeconds(), a.ratio(), 1e-9);
        assertTrue(a.ratioLow90() <= a.ratio() * 1.5 && a.ratioLow90() > 0, a.ratioLow90() + " vs " + a.ratio());
        assertEquals(null, a.keptDense(), "no denser runs to keep");
    }

    @Test
    void aDenserFocusIsMeasuredAgainstAutoOnTheSameBase() {
        FocusRatio.Answer a = FocusRatio.measure(TestScenarios.smallAtSeed(List.of("days=20", "warmupDays=5"),
                List.of("sectors.Energy.suppliers.Power One.crm.context=1.0",
                        "sectors.Energy.suppliers.Power One.investment.perYearGbp=100000")), 3, 2, 2,
                Focus.Mode.AUTO.withDensity(2), Focus.Mode.AUTO, (d, n) -> { });
        assertEquals(3, FocusRatio.differing(a).size(), "a denser sector gives other answers, seed by seed");
        for (FocusRatio.Arm arm : List.of(a.tried(), a.against())) {
            assertTrue(arm.medianHalfWidth() > 0, "each answer has an interval");
        }
        assertEquals(a.against().variance() * a.against().medianSeconds()
                / (a.tried().variance() * a.tried().medianSeconds()), a.ratio(), 1e-9);
        // asked again on the same base, its denser runs kept: the same answers (the measure refuses otherwise)
        assertEquals(a.tried().variance(), a.keptDense().variance());
        assertEquals(a.against().variance() * a.against().medianSeconds()
                / (a.keptDense().variance() * a.keptDense().medianSeconds()), a.keptDenseRatio(), 1e-9);
    }
}
