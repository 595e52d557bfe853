package uk.cxsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.LeaveReason;

/**
 * Segments moved by a sector's change at another size: the sector's counts move by the change per customer, and the
 * adults who ended a relationship for treatment anywhere by the change times the share of the sector's such adults
 * who ended none elsewhere; which adults they are is no longer known.
 */
class SegmentsShiftTest {

    @Test
    void aSectorsChangeMovesItsCountsAndTheAdultsWhoEndedAnyByTheShareAloneThere() {
        // four adults: 0 and 1 ended in Banking for treatment, 1 also in Energy
        SegmentTally banking = tally(4, 0, 1);
        SegmentTally energy = tally(4, 1);
        Segments kept = new Segments(List.of("all"), new double[] {4}, new double[][] {{4}, {3}},
                new double[][] {{2}, {1}}, new double[] {2}, new SegmentTally[] {banking, energy}, new byte[4]);
        // Banking at twice the size: 4 ended in the base, 8 in the what-if
        Segments base = dense(tally(8, 0, 1, 2, 3), 6);
        Segments whatIf = dense(tally(8, 0, 1, 2, 3, 4, 5, 6, 7), 8);
        Segments moved = kept.withSectorsShifted(base, whatIf, new int[] {0}, 0.5);
        assertArrayEquals(new double[] {2 + (8 - 4) * 0.5}, moved.endedForTreatment()[0]);
        assertArrayEquals(new double[] {4 + (8 - 6) * 0.5}, moved.held()[0]);
        assertEquals(2 + (8 - 4) * 0.5, moved.leavers(0, 0, LeaveReason.TREATMENT));
        // half of Banking's such adults (adult 0 of 0 and 1) ended none elsewhere
        assertArrayEquals(new double[] {2 + 0.5 * (8 - 4) * 0.5}, moved.endedForTreatmentAnySector());
        assertArrayEquals(kept.endedForTreatment()[1], moved.endedForTreatment()[1], "Energy is the kept one's");
        assertEquals(1, moved.endedForTreatmentInAnyOf(List.of(1)));
        assertTrue(Double.isNaN(moved.endedForTreatmentInAnyOf(List.of(0, 1))), "Banking's adults are not known");
    }

    private static SegmentTally tally(int adults, int... ended) {
        SegmentTally t = new SegmentTally(1, adults);
        for (int a : ended) {
            t.left(a, 0, LeaveReason.TREATMENT);
        }
        return t;
    }

    private static Segments dense(SegmentTally banking, double held) {
        double ended = banking.leavers(0, LeaveReason.TREATMENT);
        return new Segments(List.of("all"), new double[] {8}, new double[][] {{held}, {0}},
                new double[][] {{ended}, {0}}, new double[] {ended}, new SegmentTally[] {banking, tally(8)},
                new byte[8]);
    }
}
