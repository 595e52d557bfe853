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
public record DailySnapshot(int day, SupplierTally cumulative, int[] customers, int[][] byStage,
                            double[] reputation) implements Serializable {
}
