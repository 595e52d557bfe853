package uk.cxsim.metrics;

import java.io.Serializable;

import uk.cxsim.model.LeaveReason;

/**
 * One sector's departures by age band and reason, and which adults ended a relationship for treatment, since
 * measurement started. The marks are one bit per simulated adult, made at the first such departure: a sector a run
 * does not simulate holds none.
 */
public final class SegmentTally implements Serializable {
    private final double[][] leavers;
    private final int words;
    private final boolean marked;
    private long[] treatmentMarks;

    public SegmentTally(int bands, int customers) {
        this.leavers = new double[bands][LeaveReason.COUNT];
        this.words = (customers + 63) / 64;
        this.marked = true;
    }

    private SegmentTally(double[][] leavers) {
        this.leavers = leavers;
        this.words = 0;
        this.marked = false;
    }

    /**
     * These departures moved by what {@code variant} changed from {@code base} (runs of another size), times
     * {@code perCustomer}. The result marks no adult: which adults would have left is not known at this size.
     */
    public SegmentTally shifted(SegmentTally base, SegmentTally variant, double perCustomer) {
        double[][] out = new double[leavers.length][];
        for (int b = 0; b < out.length; b++) {
            out[b] = SectorSplice.moved(leavers[b], base.leavers[b], variant.leavers[b], perCustomer);
        }
        return new SegmentTally(out);
    }

    /** Whether the tally knows which adults ended a relationship for treatment (one shifted from runs does not). */
    public boolean marked() {
        return marked;
    }

    /** Records a relationship of an adult of this band ending for this reason. */
    public void left(int customer, int band, LeaveReason reason) {
        leavers[band][reason.ordinal()]++;
        if (reason == LeaveReason.TREATMENT) {
            if (treatmentMarks == null) {
                treatmentMarks = new long[words];
            }
            treatmentMarks[customer >>> 6] |= 1L << (customer & 63);
        }
    }

    /** Forgets everything recorded so far (measurement starts). */
    public void reset() {
        for (double[] row : leavers) {
            java.util.Arrays.fill(row, 0);
        }
        treatmentMarks = null;
    }

    public double leavers(int band, LeaveReason reason) {
        return leavers[band][reason.ordinal()];
    }

    /** Whether the adult ended a relationship in this sector for treatment. */
    public boolean endedForTreatment(int customer) {
        return treatmentMarks != null && (treatmentMarks[customer >>> 6] & (1L << (customer & 63))) != 0;
    }

    /** The marks word holding this adult's bit (for ORing sectors together). */
    public long marks(int word) {
        return treatmentMarks == null ? 0 : treatmentMarks[word];
    }

    public int words() {
        return words;
    }
}
