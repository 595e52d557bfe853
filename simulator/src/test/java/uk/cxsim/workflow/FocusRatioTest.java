package uk.cxsim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;

/** The focus benchmark's arithmetic, on a small market: both arms give the same answers seed by seed. */
class FocusRatioTest {
    @Test
    void bothArmsAnswerAlikeSoTheRatioIsTheTimes() {
        FocusRatio.Answer a = FocusRatio.measure(TestScenarios.smallAtSeed(List.of("days=20", "warmupDays=5"),
                List.of("sectors.Energy.suppliers.Power One.crm.context=1.0",
                        "sectors.Energy.suppliers.Power One.investment.perYearGbp=100000")), 3, 2, 2, (d, n) -> { });
        assertEquals(List.of(), FocusRatio.differing(a), "a focused comparison is the full one");
        assertEquals(a.all().variance(), a.auto().variance());
        assertTrue(a.all().variance() > 0, "the seeds give different answers");
        assertEquals(a.all().medianSeconds() / a.auto().medianSeconds(), a.ratio(), 1e-9);
        assertTrue(a.ratioLow90() <= a.ratio() * 1.5 && a.ratioLow90() > 0, a.ratioLow90() + " vs " + a.ratio());
    }
}
