package uk.cxsim.behaviour;

import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.LoyaltyParams;

/**
 * Moving up and down the loyalty ladder. Climbing takes positive moments over tenure: a customer cannot
 * climb from a stage before its minimum tenure, and delight offered before then counts only as an ordinary
 * good moment (converting too soon fails). A bad enough moment knocks a customer down a rung.
 */
public final class LoyaltyLadder {
    private LoyaltyLadder() {
    }

    /** Positive moments a good contact is worth. */
    public static int momentsEarned(LoyaltyParams p, int stage, double tenureDays, boolean delighted) {
        if (delighted && stage < LoyaltyStage.ADVOCATE.ordinal() && tenureDays >= p.minTenureDays()[stage]) {
            return p.delightMoments();
        }
        return 1;
    }

    /** Whether a customer with these moments and tenure climbs one rung. */
    public static boolean climbs(LoyaltyParams p, int stage, int moments, double tenureDays) {
        if (stage >= LoyaltyStage.ADVOCATE.ordinal() || stage < LoyaltyStage.CUSTOMER.ordinal()) {
            return false;
        }
        return moments >= p.momentsToAdvance()[stage] && tenureDays >= p.minTenureDays()[stage];
    }

    /** Whether a misery leaving frustration at this share of tolerance knocks the customer down a rung. */
    public static boolean drops(LoyaltyParams p, int stage, double frustrationShareOfTolerance) {
        return stage > LoyaltyStage.CUSTOMER.ordinal() && frustrationShareOfTolerance > p.dropAt();
    }
}
