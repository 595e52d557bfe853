package uk.cxsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.model.params.ScenarioParams;

class IntervalTest {
    @Test
    void studentTIntervalOfFourValues() {
        Interval i = Interval.of(new double[]{1, 2, 3, 4});
        double sd = Math.sqrt(5.0 / 3);
        assertEquals(2.5, i.mean(), 1e-12);
        assertEquals(sd, i.sd(), 1e-12);
        // t(0.975, 3 degrees of freedom) = 3.182446
        assertEquals(3.182446 * sd / 2, i.halfWidth(), 1e-6);
        assertEquals(i.mean() - i.halfWidth(), i.low(), 1e-12);
        assertEquals(i.mean() + i.halfWidth(), i.high(), 1e-12);
        assertEquals(4, i.n());
    }

    @Test
    void aWiderLevelGivesAWiderInterval() {
        Interval i = Interval.of(new double[]{10, 12, 9, 11, 13});
        // t(0.995, 4) = 4.604095
        assertEquals(4.604095 * i.sd() / Math.sqrt(5), i.halfWidth(0.99), 1e-6);
        assertTrue(i.halfWidth(0.99) > i.halfWidth());
    }

    @Test
    void oneValueHasAMeanButNoInterval() {
        Interval i = Interval.of(new double[]{7});
        assertEquals(7, i.mean());
        assertTrue(Double.isNaN(i.halfWidth()));
        assertTrue(Double.isNaN(i.halfWidth(0.9)));
        assertFalse(i.covers(7), "an interval that cannot be formed covers nothing");
    }

    @Test
    void coversItsEnds() {
        Interval i = Interval.of(new double[]{1, 3});
        assertTrue(i.covers(i.low()));
        assertTrue(i.covers(i.high()));
        assertFalse(i.covers(i.high() + 1e-9));
    }

    @Test
    void replicatedFiguresFormAnIntervalPerFigureAcrossRuns() {
        ScenarioParams p = TestScenarios.small("customers=1500", "days=20");
        List<RunSummary> runs = List.of(0, 1, 2).stream()
                .map(r -> new RunSummary(Simulation.run(p, r, 1, ProgressListener.NONE))).toList();
        ReplicatedFigures f = new ReplicatedFigures(runs);
        assertEquals(3, f.replications());
        for (String name : List.of("costOfPoorServiceGbp", "sectors.Energy.leavers", "abandonRate")) {
            double[] v = runs.stream().mapToDouble(s -> s.figures().get(name)).toArray();
            assertEquals(Interval.of(v), f.get(name), name);
        }
        assertEquals(List.of("sectors.Banking.costOfPoorServiceGbp", "sectors.Energy.costOfPoorServiceGbp"),
                f.matching("sectors.*.costOfPoorServiceGbp"));
        assertThrows(IllegalArgumentException.class, () -> f.get("noSuchFigure"));
    }
}
