package uk.cxsim.experiment;

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
}
