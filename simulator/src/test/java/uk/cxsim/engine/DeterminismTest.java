package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunWriter;

class DeterminismTest {
    @Test
    void sameSeedGivesIdenticalSummary() {
        ScenarioParams p = TestScenarios.small();
        assertEquals(summaryJson(p, 1), summaryJson(p, 1));
    }

    @Test
    void differentSeedsGiveDifferentResults() {
        assertNotEquals(summaryJson(TestScenarios.small("seed=1"), 1), summaryJson(TestScenarios.small("seed=2"), 1));
    }

    @Test
    void threadCountDoesNotChangeAnything() {
        ScenarioParams p = TestScenarios.small();
        RunRecord one = Simulation.run(p, 0, 1, ProgressListener.NONE);
        RunRecord two = Simulation.run(p, 0, 2, ProgressListener.NONE);
        RunRecord four = Simulation.run(p, 0, 4, ProgressListener.NONE);
        assertEquals(Json.write(RunWriter.summaryJson(new RunSummary(one))),
                Json.write(RunWriter.summaryJson(new RunSummary(two))));
        assertEquals(Json.write(RunWriter.summaryJson(new RunSummary(one))),
                Json.write(RunWriter.summaryJson(new RunSummary(four))));
        for (int d = 0; d < one.daily().size(); d++) {
            DailySnapshot a = one.daily().get(d);
            DailySnapshot b = two.daily().get(d);
            for (int g = 0; g < a.customers().length; g++) {
                assertEquals(a.customers()[g], b.customers()[g]);
                assertEquals(a.reputation()[g], b.reputation()[g]);
                for (Metric m : Metric.values()) {
                    assertEquals(a.cumulative().get(g, m), b.cumulative().get(g, m), m.key());
                }
            }
        }
    }

    private static String summaryJson(ScenarioParams p, int threads) {
        return Json.write(RunWriter.summaryJson(new RunSummary(Simulation.run(p, 0, threads, ProgressListener.NONE))));
    }
}
