package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DayAgendaTest {
    @Test
    void aSeedStoredInTwoFieldsComesBackWhole() {
        DayAgenda agenda = new DayAgenda(3, 3);
        long[] seeds = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000L, 0xFFFF_FFFFL, -0x1234_5678_9ABC_DEF0L};
        for (long seed : seeds) {
            agenda.add(1, 9, DayAgenda.high(seed), DayAgenda.low(seed));
        }
        for (int k = 0; k < seeds.length; k++) {
            assertEquals(9, agenda.get(1, k, 0));
            assertEquals(seeds[k], agenda.getLong(1, k, 1));
        }
    }

    @Test
    void anEntryBookedForADayAlreadyHandledGoesToTheNext() {
        DayAgenda agenda = new DayAgenda(3, 1);
        agenda.clear(0);
        agenda.add(0, 5);
        assertEquals(0, agenda.count(0));
        assertEquals(5, agenda.get(1, 0, 0));
    }
}
