package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.Clock;

class ServiceQueueTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void oneAgentServesCallersInOrderOfArrival() {
        ServiceQueue q = ServiceQueue.constant(1);
        assertTrue(q.offer(0, INF, 10));
        assertEquals(0, q.lastWait(), 1e-12);
        assertTrue(q.offer(2, INF, 5));
        assertEquals(8, q.lastWait(), 1e-12);
        assertEquals(15, q.lastEnd(), 1e-12);
        assertTrue(q.offer(3, INF, 1));
        assertEquals(12, q.lastWait(), 1e-12);
    }

    @Test
    void impatientCallerHangsUpAndDoesNotTakeTheAgent() {
        ServiceQueue q = ServiceQueue.constant(1);
        q.offer(0, INF, 10);
        assertFalse(q.offer(1, 4, 10));
        assertEquals(4, q.lastWait(), 1e-12);
        assertTrue(q.offer(2, INF, 1));
        assertEquals(8, q.lastWait(), 1e-12, "the caller who hung up must not delay the next one");
    }

    @Test
    void freeAgentsAnswerAtOnce() {
        ServiceQueue q = ServiceQueue.constant(3);
        for (int k = 0; k < 3; k++) {
            assertTrue(q.offer(1, INF, 30));
            assertEquals(0, q.lastWait(), 1e-12);
        }
        assertTrue(q.offer(2, INF, 1));
        assertEquals(29, q.lastWait(), 1e-12);
    }

    @Test
    void callersWaitForTheLineToOpenAndAgentsFinishCallsAfterTheirShift() {
        int[] staffing = new int[Clock.HOURS_PER_WEEK];
        staffing[9] = 1;
        staffing[10] = 2;
        staffing[11] = 1;
        ServiceQueue q = new ServiceQueue(staffing, 0);
        assertEquals(2, q.servers());
        assertTrue(q.offer(8 * 60, INF, 90));
        assertEquals(60, q.lastWait(), 1e-9, "closed until 09:00");
        assertEquals(10.5 * 60, q.lastEnd(), 1e-9, "the agent finishes a call that runs past 10:00");
        assertTrue(q.offer(9 * 60 + 30, INF, 10));
        assertEquals(30, q.lastWait(), 1e-9, "the second agent starts at 10:00");
        assertTrue(q.offer(10 * 60 + 50, INF, 30));
        assertEquals(0, q.lastWait(), 1e-9);
        assertTrue(q.offer(10 * 60 + 55, INF, 30));
        assertEquals(0, q.lastWait(), 1e-9);
        assertTrue(q.offer(11 * 60 + 10, INF, 10));
        assertEquals(10 * 60 + 50 + 30 - (11 * 60 + 10), q.lastWait(), 1e-9,
                "only the first agent works from 11:00; the second left after finishing");
    }

    @Test
    void agentsOnTheLastShiftClearTheQueueAfterClosing() {
        int[] staffing = new int[Clock.HOURS_PER_WEEK];
        staffing[9] = 1;
        ServiceQueue q = new ServiceQueue(staffing, 0);
        assertTrue(q.offer(9 * 60 + 50, INF, 30));
        assertTrue(q.offer(9 * 60 + 55, INF, 30));
        assertEquals(25, q.lastWait(), 1e-9, "served at 10:20 although the line closed at 10:00");
        assertEquals(0, q.agentsAt(10 * 60 + 20));
        assertEquals(1, q.agentsAt(9 * 60));
    }

    @Test
    void rejectsNegativeStaffing() {
        int[] staffing = new int[Clock.HOURS_PER_WEEK];
        staffing[3] = -1;
        assertThrows(IllegalArgumentException.class, () -> new ServiceQueue(staffing, 0));
    }
}
