package uk.cxsim.metrics;

import java.io.Serializable;

/**
 * The state of every supplier at the end of one measured day.
 *
 * @param day        day number counted from the start of measurement (0 = first measured day)
 * @param cumulative counters summed from the start of measurement to the end of this day
 * @param customers  relationships held per supplier
 * @param byStage    relationships held per supplier and LoyaltyStage
 * @param reputation reputation per supplier
 */
public record DailySnapshot(int day, SupplierTally cumulative, double[] customers, double[][] byStage,
                            double[] reputation) implements Serializable {

    /** Counters summed from the start of measurement; a lean record keeps them only on the days it says. */
    @Override
    public SupplierTally cumulative() {
        return kept(cumulative, "counters");
    }

    @Override
    public double[][] byStage() {
        return kept(byStage, "relationships by loyalty stage");
    }

    @Override
    public double[] reputation() {
        return kept(reputation, "reputations");
    }

    /** Whether this day kept its counters (a lean record keeps them on some days). */
    public boolean cumulativeKept() {
        return cumulative != null;
    }

    /** Whether this day kept relationships by stage and reputations (a lean record keeps them on its last day). */
    public boolean byStageKept() {
        return byStage != null;
    }

    /** This day with only relationships held per supplier, and its counters if {@code counters}. */
    DailySnapshot thinned(boolean counters) {
        return new DailySnapshot(day, counters ? cumulative : null, customers, null, null);
    }

    private <T> T kept(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("measured day " + day + " of a lean run record has no " + what
                    + " (RunRecord.lean keeps them on the days summaries read)");
        }
        return value;
    }
}
