package uk.cxsim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.LoyaltyParams;

class LoyaltyLadderTest {
    private static final int CUSTOMER = LoyaltyStage.CUSTOMER.ordinal();
    private static final int CLIENT = LoyaltyStage.CLIENT.ordinal();
    private static final int ADVOCATE = LoyaltyStage.ADVOCATE.ordinal();

    /** Stage by stage: prospect, customer, client, supporter, advocate. */
    private final LoyaltyParams p = new LoyaltyParams(new double[]{1, 1, 1.2, 1.5, 2}, new int[]{0, 3, 5, 8, 0},
            new double[]{0, 30, 90, 180, 0}, new double[]{0, 0.5, 0.3, 0.15, 0.05}, 4, 0.5, 0.6, 5);

    @Test
    void delightIsWorthItsMomentsOnlyAfterTheMinimumTenure() {
        assertEquals(4, LoyaltyLadder.momentsEarned(p, CUSTOMER, 30, true));
        assertEquals(1, LoyaltyLadder.momentsEarned(p, CUSTOMER, 29.9, true), "converting too soon fails");
        assertEquals(1, LoyaltyLadder.momentsEarned(p, CUSTOMER, 400, false));
    }

    @Test
    void anAdvocateGainsOneMomentEvenWhenDelighted() {
        assertEquals(1, LoyaltyLadder.momentsEarned(p, ADVOCATE, 1000, true));
    }

    @Test
    void climbingNeedsBothTheMomentsAndTheTenure() {
        assertTrue(LoyaltyLadder.climbs(p, CUSTOMER, 3, 30));
        assertFalse(LoyaltyLadder.climbs(p, CUSTOMER, 2, 400), "too few moments");
        assertFalse(LoyaltyLadder.climbs(p, CUSTOMER, 50, 29), "too short a tenure");
        assertTrue(LoyaltyLadder.climbs(p, CLIENT, 5, 90));
        assertFalse(LoyaltyLadder.climbs(p, CLIENT, 4, 90));
    }

    @Test
    void nobodyClimbsAboveAdvocateOrFromProspect() {
        assertFalse(LoyaltyLadder.climbs(p, ADVOCATE, 100, 10_000));
        assertFalse(LoyaltyLadder.climbs(p, LoyaltyStage.PROSPECT.ordinal(), 100, 10_000));
    }

    @Test
    void aBadEnoughMomentDropsARungButNeverBelowCustomer() {
        assertTrue(LoyaltyLadder.drops(p, CLIENT, 0.61));
        assertFalse(LoyaltyLadder.drops(p, CLIENT, 0.6), "at the threshold itself nobody drops");
        assertFalse(LoyaltyLadder.drops(p, CUSTOMER, 5.0));
    }
}
