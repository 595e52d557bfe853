package uk.cxsim.behaviour;

/**
 * When frustration turns into leaving for treatment. The customer's own tolerance is scaled by the loyalty
 * stage, by rising intolerance over time, by how hard the supplier makes leaving (hostages), and by whether a
 * better alternative exists: a market where everyone is as bad as each other keeps customers in place.
 */
public final class Attrition {
    private Attrition() {
    }

    /**
     * @param tolerance          the customer's own tolerance
     * @param stageMultiplier    loyalty-stage multiplier
     * @param years              years elapsed since the run started
     * @param trendPerYear       relative change of tolerance per year (negative: rising intolerance)
     * @param exitFriction       the supplier's exit friction 0..1
     * @param exitFrictionHold   tolerance boost per unit of exit friction
     * @param alternativeEdge    best competitor's reputation minus this supplier's
     * @param alternativeSensitivity how strongly that edge lowers tolerance
     */
    public static double effectiveTolerance(double tolerance, double stageMultiplier, double years,
                                            double trendPerYear, double exitFriction, double exitFrictionHold,
                                            double alternativeEdge, double alternativeSensitivity) {
        double trend = Math.pow(Math.max(1e-6, 1 + trendPerYear), years);
        double hostage = hostage(exitFriction, exitFrictionHold);
        double alternative = Math.exp(-alternativeSensitivity * alternativeEdge);
        return tolerance * stageMultiplier * trend * hostage * alternative;
    }

    /** How much a supplier's exit friction stretches tolerance: customers held hostage (1: none). */
    public static double hostage(double exitFriction, double exitFrictionHold) {
        return 1 + exitFrictionHold * exitFriction;
    }

    /** A customer leaves for treatment once frustration exceeds the effective tolerance. */
    public static boolean leavesForTreatment(double frustration, double effectiveTolerance) {
        return frustration > effectiveTolerance;
    }
}
