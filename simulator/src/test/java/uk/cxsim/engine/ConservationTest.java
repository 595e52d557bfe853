package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.LeaveReason;

/** Every relationship is still held at the end, or ended with exactly one recorded reason. */
class ConservationTest {
    @Test
    void relationshipsAreHeldOrEndedWithOneReason() {
        RunRecord r = TestScenarios.run(TestScenarios.small("days=60", "people.mortalityPerYear=0.05"));
        SupplierTally t = r.wholeRun();
        long ended = 0;
        for (int g = 0; g < t.suppliers(); g++) {
            double left = 0;
            for (LeaveReason reason : LeaveReason.values()) {
                left += t.get(g, Metric.left(reason));
            }
            double started = r.initialCustomers()[g] + t.get(g, Metric.JOINED);
            assertEquals(started, r.last().customers()[g] + left, 0.0, "supplier " + g);
            ended += (long) left;
        }
        assertTrue(ended > 300, "the test needs plenty of departures to mean anything, had " + ended);
        for (LeaveReason reason : LeaveReason.values()) {
            double n = 0;
            for (int g = 0; g < t.suppliers(); g++) {
                n += t.get(g, Metric.left(reason));
            }
            assertTrue(n > 0, "no departures for reason " + reason.key());
        }
    }

    @Test
    void treatmentLeaversEachHaveOneDominantDriver() {
        RunRecord r = TestScenarios.run(TestScenarios.small("days=60"));
        SupplierTally t = r.wholeRun();
        for (int g = 0; g < t.suppliers(); g++) {
            double drivers = 0;
            for (uk.cxsim.model.Driver d : uk.cxsim.model.Driver.values()) {
                drivers += t.get(g, Metric.driver(d));
            }
            assertEquals(t.get(g, Metric.LEFT_TREATMENT), drivers, 0.0);
        }
    }
}
