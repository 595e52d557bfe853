package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * The loyalty ladder (LoyaltyStage order).
 *
 * @param toleranceMultiplier stage multiplier of tolerance (loyal customers forgive more)
 * @param momentsToAdvance    positive moments needed to climb from each stage to the next
 * @param minTenureDays       tenure needed before a customer can climb from each stage (converting too soon fails)
 * @param initialShare        share of starting relationships at each stage
 * @param delightMoments      positive moments a magic moment (unexpected delight) is worth
 * @param delightRelief       share of frustration a magic moment removes
 * @param dropAt              frustration, as a share of tolerance, above which a misery drops a rung
 * @param initialTenureYears  mean tenure of the relationships held when the run starts
 */
public record LoyaltyParams(
        double[] toleranceMultiplier,
        int[] momentsToAdvance,
        double[] minTenureDays,
        double[] initialShare,
        int delightMoments,
        double delightRelief,
        double dropAt,
        double initialTenureYears) implements Serializable {
}
