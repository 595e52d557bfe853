package uk.cxsim.metrics;

import java.io.Serializable;

import uk.cxsim.model.LeaveReason;

/**
 * One sector's departures by age band and reason, and which adults ended a relationship for treatment, since
 * measurement started. The marks are one bit per simulated adult.
 */
public final class SegmentTally implements Serializable {
    private final double[][] leavers;
    private final long[] treatmentMarks;

    public SegmentTally(int bands, int customers) {
        this.leavers = new double[bands][LeaveReason.COUNT];
        this.treatmentMarks = new long[(customers + 63) / 64];
    }

    /** Records a relationship of an adult of this band ending for this reason. */
    public void left(int customer, int band, LeaveReason reason) {
        leavers[band][reason.ordinal()]++;
        if (reason == LeaveReason.TREATMENT) {
            treatmentMarks[customer >>> 6] |= 1L << (customer & 63);
        }
    }

    /** Forgets everything recorded so far (measurement starts). */
    public void reset() {
        for (double[] row : leavers) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(treatmentMarks, 0);
    }

    public double leavers(int band, LeaveReason reason) {
        return leavers[band][reason.ordinal()];
    }

    /** Whether the adult ended a relationship in this sector for treatment. */
    public boolean endedForTreatment(int customer) {
        return (treatmentMarks[customer >>> 6] & (1L << (customer & 63))) != 0;
    }

    /** The marks word holding this adult's bit (for ORing sectors together). */
    public long marks(int word) {
        return treatmentMarks[word];
    }

    public int words() {
        return treatmentMarks.length;
    }
}
