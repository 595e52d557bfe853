package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;

/**
 * The queue gives every caller the same agent, wait and outcome as the kernel it replaced, which scanned every agent
 * ({@link ScanningServiceQueue}): both are fed the same callers under random rosters (shifts starting and ending
 * mid-day, hours nobody is on duty, overload, callers at the top of the hour, equal service times so agents free at
 * the same moment) revised between calls, and must agree to the last bit.
 */
class ServiceQueueAgainstScanTest {
    private static final int WEEK = Clock.HOURS_PER_WEEK;

    @Test
    void everyCallerMeetsTheSameAgentAsUnderTheScan() {
        SplitMixRandom seeds = new SplitMixRandom(20261123L);
        long callers = 0;
        long scans = 0;
        long waited = 0;
        long abandoned = 0;
        for (int trial = 0; trial < 400; trial++) {
            Outcome o = compare(trial, new SplitMixRandom(seeds.nextLong()));
            callers += o.callers;
            scans += o.scans;
            waited += o.waited;
            abandoned += o.abandoned;
        }
        assertTrue(callers > 1_000_000, "callers compared: " + callers);
        assertTrue(waited > callers / 10 && abandoned > callers / 50,
                "the streams must make callers wait and hang up: " + waited + " waited, " + abandoned + " abandoned");
        // both ways of placing a caller are compared: the search by hour and (staffing cut, then closing) the scan
        assertTrue(scans > 0 && scans < callers / 2, "callers placed by a scan: " + scans + " of " + callers);
    }

    @Test
    void aSteadyQueueNeverScansTheAgents() {
        ServiceQueue q = ServiceQueue.constant(200);
        SplitMixRandom rng = new SplitMixRandom(7);
        double t = 0;
        for (int i = 0; i < 200_000; i++) {
            t += Sampling.exponential(rng, 5.0 / 190);
            q.offer(t, Sampling.exponential(rng, 2), Sampling.exponential(rng, 5));
        }
        assertEquals(0, q.scans());
    }

    @Test
    void noMinuteBelowTheTopOfAnHourRoundsIntoThatHour() {
        // the search by hour takes an agent free before minute 60h to be free in an earlier hour
        for (long hour = 1; hour < 2_000_000; hour++) {
            assertEquals(hour - 1, (long) Math.floor(Math.nextDown(hour * 60.0) / 60.0));
            assertEquals(hour, (long) Math.floor(hour * 60.0 / 60.0));
        }
    }

    private record Outcome(long callers, long scans, long waited, long abandoned) {
    }

    private static Outcome compare(int trial, SplitMixRandom rng) {
        // small teams are scanned, larger ones kept in the tree (AgentFreeTimes.SCANNED)
        int maxAgents = 1 + rng.nextInt(new int[] {8, 60, 300}[rng.nextInt(3)]);
        int[] roster = roster(rng, maxAgents);
        ServiceQueue q = new ServiceQueue(roster, 0);
        ScanningServiceQueue scan = new ScanningServiceQueue(roster, 0);
        double aht = 2 + rng.nextDouble() * 10;
        boolean equalServices = rng.nextInt(4) == 0;
        double patienceMean = rng.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : 0.5 + rng.nextDouble() * 6;
        // from light load to overload on the busiest hour
        double perMinute = maxAgents / aht * (0.5 + rng.nextDouble() * 0.8);
        int calls = 3_000 + rng.nextInt(3_000);
        double t = 0;
        long waited = 0;
        long abandoned = 0;
        for (int i = 0; i < calls; i++) {
            int draw = rng.nextInt(100);
            if (draw < 3) {
                t = Math.ceil(t / 60.0) * 60.0;
            } else if (draw >= 5) {
                t += Sampling.exponential(rng, 1 / perMinute);
            }
            if (rng.nextInt(2_000) == 0) {
                int[] revised = roster(rng, 1 + rng.nextInt(2 * maxAgents));
                q.restaff(revised, t);
                scan.restaff(revised, t);
            }
            double service = equalServices ? aht : Sampling.exponential(rng, aht);
            double patience = Double.isInfinite(patienceMean) ? patienceMean : Sampling.exponential(rng, patienceMean);
            double expectedWait = scan.prepare(t);
            double wait = q.prepare(t);
            boolean expected = scan.take(patience, service);
            boolean answered = q.take(patience, service);
            if (wait != expectedWait || answered != expected || q.lastWait() != scan.lastWait()
                    || q.lastEnd() != scan.lastEnd()) {
                fail("trial " + trial + ", caller " + i + " at minute " + t + ": wait " + wait + " (scan "
                        + expectedWait + "), answered " + answered + " (scan " + expected + "), end " + q.lastEnd()
                        + " (scan " + scan.lastEnd() + "), roster " + Arrays.toString(roster));
            }
            waited += wait > 0 ? 1 : 0;
            abandoned += answered ? 0 : 1;
        }
        return new Outcome(calls, q.scans(), waited, abandoned);
    }

    /** A random week's roster of up to {@code max} agents, in one of several shapes. */
    private static int[] roster(SplitMixRandom rng, int max) {
        int[] s = new int[WEEK];
        switch (rng.nextInt(5)) {
            case 0 -> Arrays.fill(s, 1 + rng.nextInt(max));
            case 1 -> {
                // opening hours each day, staffing changing by the hour while open, closed at night
                int open = 6 + rng.nextInt(4);
                int close = 17 + rng.nextInt(6);
                for (int h = 0; h < WEEK; h++) {
                    int hourOfDay = h % 24;
                    if (hourOfDay >= open && hourOfDay < close && (h / 24 < 5 || rng.nextBoolean())) {
                        s[h] = 1 + rng.nextInt(max);
                    }
                }
            }
            case 2 -> {
                for (int h = 0; h < WEEK; h++) {
                    s[h] = rng.nextInt(max + 1);
                }
            }
            case 3 -> {
                // shifts of a few hours, some with nobody on duty
                int h = 0;
                while (h < WEEK) {
                    int length = 1 + rng.nextInt(6);
                    int level = rng.nextInt(3) == 0 ? 0 : 1 + rng.nextInt(max);
                    for (int k = h; k < Math.min(WEEK, h + length); k++) {
                        s[k] = level;
                    }
                    h += length;
                }
            }
            default -> {
                // a few hours a week, or none
                for (int n = rng.nextInt(4); n > 0; n--) {
                    s[rng.nextInt(WEEK)] = 1 + rng.nextInt(max);
                }
            }
        }
        return s;
    }
}
