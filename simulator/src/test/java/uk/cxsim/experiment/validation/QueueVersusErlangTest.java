package uk.cxsim.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.metrics.Interval;

/**
 * The model's queue on a steady load agrees with Erlang C (no abandonment) and Erlang A (exponential patience).
 * Each check asks the theoretical value to lie within the simulation's own batch-means confidence interval. There
 * are {@value #CHECKS} checks, so each interval is taken at level 1 - {@value #FAMILY_ERROR} / {@value #CHECKS}
 * (Bonferroni): a correct queue fails the whole family with probability at most {@value #FAMILY_ERROR}.
 */
class QueueVersusErlangTest {
    static final int CHECKS = 25;
    static final double FAMILY_ERROR = 0.05;
    static final double LEVEL = 1 - FAMILY_ERROR / CHECKS;
    /** Long enough for stable batch means even at high load with heavy-tailed waits. */
    static final double HOURS = 100_000;

    @ParameterizedTest(name = "Erlang C: {0} calls/h, AHT {1} min, {2} agents")
    @CsvSource({"40, 6, 5", "100, 3, 6", "90, 4, 7", "300, 3, 17", "20, 10, 4"})
    void agreesWithErlangC(double calls, double aht, int agents) {
        QueueExperiment.Result r = QueueExperiment.run(calls, aht, agents, 0, HOURS, 11);
        ErlangFormulas.QueueStats theory = ErlangFormulas.erlangC(calls, aht, agents);
        within("probWait", r.probWait(), theory.probWait());
        within("meanWaitSeconds", r.meanWaitSeconds(), theory.meanWaitSeconds());
        assertEquals(0.0, r.abandonRate().mean(), "nobody abandons without a patience limit");
    }

    @ParameterizedTest(name = "Erlang A: {0} calls/h, AHT {1} min, {2} agents, patience {3} min")
    @CsvSource({"50, 6, 6, 3", "100, 6, 10, 10", "60, 6, 5, 5", "200, 4, 12, 2", "30, 8, 3, 20"})
    void agreesWithErlangA(double calls, double aht, int agents, double patience) {
        QueueExperiment.Result r = QueueExperiment.run(calls, aht, agents, patience, HOURS, 12);
        ErlangFormulas.QueueStats theory = ErlangFormulas.erlangA(calls, aht, agents, patience);
        within("probWait", r.probWait(), theory.probWait());
        within("meanWaitSeconds", r.meanWaitSeconds(), theory.meanWaitSeconds());
        within("abandonRate", r.abandonRate(), theory.abandonRate());
    }

    private static void within(String what, Interval simulated, double expected) {
        double halfWidth = simulated.halfWidth(LEVEL);
        assertTrue(Math.abs(simulated.mean() - expected) <= halfWidth, what + ": simulated " + simulated.mean()
                + " +/- " + halfWidth + " (" + LEVEL * 100 + "% CI) does not cover " + expected);
    }
}
