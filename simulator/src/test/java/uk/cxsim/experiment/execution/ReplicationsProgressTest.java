package uk.cxsim.experiment.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.ScenarioParams;

/** Replications run side by side tell their progress as a count that never goes back. */
class ReplicationsProgressTest {

    @Test
    void progressOfReplicationsSideBySideNeverGoesBack() {
        ScenarioParams p = TestScenarios.small("customers=500", "days=60", "spinUp.years=0");
        List<Integer> told = new ArrayList<>();
        // a listener slow on every other day leaves room for the other replication to tell a later count first
        Replications.run(p, 0, 2, 2, (done, total) -> {
            if (done % 2 == 1) {
                LockSupport.parkNanos(200_000);
            }
            synchronized (told) {
                told.add(done);
            }
        });
        assertEquals(2 * p.totalDays(), told.size());
        for (int k = 1; k < told.size(); k++) {
            assertTrue(told.get(k) > told.get(k - 1), "progress never goes back: " + told);
        }
    }
}
