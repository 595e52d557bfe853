package uk.cxsim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;

/**
 * The small, fast version of {@code bench --coverage}: a one-supplier lever on the small market over 40 seeds, four
 * replications each, with focus. If the 95% intervals are honest, the number of seeds whose interval holds the
 * long-run value is about Binomial(40, 0.95); the test accepts any count at or above that distribution's 1% quantile,
 * so an honest interval fails it with a chance near 1%, while intervals half as wide as they should be (coverage
 * near 68%) fall far below. Intervals too wide cannot be told apart at 40 seeds; {@code bench --coverage 200}
 * checks both sides.
 */
class IntervalCoverageTest {
    private static final int SEEDS = 40;

    @Test
    void theIntervalsHoldTheLongRunValueAsOftenAsTheySay() {
        IntervalCoverage.Answer a = IntervalCoverage.measure(TestScenarios.smallAtSeed(
                List.of("days=30", "warmupDays=10"), List.of("sectors.Energy.suppliers.Power One.crm.context=1.0",
                        "sectors.Energy.suppliers.Power One.crm.followsTransfer=true",
                        "sectors.Energy.suppliers.Power One.investment.perYearGbp=100000")), SEEDS, 4, 2,
                (d, n) -> { });
        assertEquals(SEEDS, a.seeds());
        BinomialDistribution honest = new BinomialDistribution(null, SEEDS, 0.95);
        int least = honest.inverseCumulativeProbability(0.01);
        assertTrue(a.covered() >= least, a.covered() + " of " + SEEDS + " intervals held the long-run value; an honest"
                + " 95% interval gives at least " + least + " in 99% of such tests");
        double[] ci = a.coverageCi95();
        assertTrue(ci[0] <= a.coverage() && a.coverage() <= ci[1]);
    }
}
