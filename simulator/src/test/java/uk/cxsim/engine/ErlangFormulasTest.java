package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangFormulasTest {
    @Test
    void erlangCMatchesTheTextbookValue() {
        // 5 Erlangs offered to 6 agents: C(6, 5) = 0.5875 (standard tables); Wq = C / (c mu - lambda)
        ErlangFormulas.QueueStats s = ErlangFormulas.erlangC(100, 3, 6);
        assertEquals(0.5875, s.probWait(), 5e-4);
        assertEquals(0.5875 / (6 / 3.0 - 100 / 60.0) * 60, s.meanWaitSeconds(), 0.2);
    }

    @Test
    void erlangAWithEndlessPatienceIsErlangC() {
        ErlangFormulas.QueueStats c = ErlangFormulas.erlangC(100, 3, 6);
        ErlangFormulas.QueueStats a = ErlangFormulas.erlangA(100, 3, 6, 1e7);
        assertEquals(c.probWait(), a.probWait(), 1e-4);
        assertEquals(c.meanWaitSeconds(), a.meanWaitSeconds(), 0.05);
        assertTrue(a.abandonRate() < 1e-5);
    }

    @Test
    void erlangAIsStableWhenOverloaded() {
        ErlangFormulas.QueueStats a = ErlangFormulas.erlangA(120, 6, 10, 5);
        assertTrue(a.probWait() > 0.5 && a.probWait() < 1.0);
        // with 12 Erlangs offered to 10 agents, at least 1/6 of callers must abandon
        assertTrue(a.abandonRate() > 1.0 / 6 - 1e-9);
    }

    @Test
    void erlangCHasNoSteadyStateAtOrAboveCapacity() {
        assertTrue(Double.isNaN(ErlangFormulas.erlangC(60, 6, 6).probWait()));
    }

    @Test
    void erlangCServiceLevelMatchesItsClosedForm() {
        // 5 Erlangs, 6 agents, AHT 3 min: SL(20 s) = 1 - C e^{-(c - a) t / AHT}
        double expected = 1 - 0.5875 * Math.exp(-(6 - 5) * (20 / 60.0) / 3);
        assertEquals(expected, ErlangFormulas.serviceLevelC(5, 3, 6, 20 / 60.0), 5e-4);
    }

    @Test
    void erlangAServiceLevelTendsToErlangCAsPatienceGrows() {
        double c = ErlangFormulas.serviceLevelC(20, 7, 24, 1 / 3.0);
        double a = ErlangFormulas.serviceLevelA(20, 7, 24, 1e6, 1 / 3.0);
        assertEquals(c, a, 1e-4);
    }

    @Test
    void erlangAServiceLevelAtZeroThresholdIsTheShareNotWaiting() {
        ErlangFormulas.QueueStats s = ErlangFormulas.erlangA(60.0 / 7 * 20, 7, 22, 4);
        assertEquals(1 - s.probWait(), ErlangFormulas.serviceLevelA(20, 7, 22, 4, 0), 1e-9);
    }

    @Test
    void erlangAServiceLevelGrowsWithAgentsAndThreshold() {
        double previous = 0;
        for (int agents = 15; agents <= 30; agents++) {
            double sl = ErlangFormulas.serviceLevelA(20, 7, agents, 4, 1 / 3.0);
            assertTrue(sl > previous, agents + " agents: " + sl);
            previous = sl;
        }
        assertTrue(ErlangFormulas.serviceLevelA(20, 7, 22, 4, 1.0) > ErlangFormulas.serviceLevelA(20, 7, 22, 4, 0.2));
    }

    @Test
    void agentsForIsTheFewestThatMeetTheTarget() {
        for (double load : new double[]{0.3, 2.5, 20, 140}) {
            int n = ErlangFormulas.agentsFor(load, 7, 4, 0.8, 1 / 3.0, 0);
            assertTrue(ErlangFormulas.serviceLevelA(load, 7, n, 4, 1 / 3.0) >= 0.8, "load " + load);
            assertTrue(n == 1 || ErlangFormulas.serviceLevelA(load, 7, n - 1, 4, 1 / 3.0) < 0.8, "load " + load);
            assertEquals(n, ErlangFormulas.agentsFor(load, 7, 4, 0.8, 1 / 3.0, n + 5), "from a high hint");
            int c = ErlangFormulas.agentsFor(load, 7, Double.POSITIVE_INFINITY, 0.8, 1 / 3.0, 0);
            assertTrue(ErlangFormulas.serviceLevelC(load, 7, c, 1 / 3.0) >= 0.8);
            assertTrue(c - 1 <= load || ErlangFormulas.serviceLevelC(load, 7, c - 1, 1 / 3.0) < 0.8);
        }
    }
}
