package uk.cxsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every packed field of a relationship keeps its value at its limits and leaves its neighbours alone. */
class RelationshipBookTest {
    private static final int MAX_SUPPLIER = 254;
    private static final int MAX_COUNT = 127;
    private static final int ADVOCATE = LoyaltyStage.ADVOCATE.ordinal();

    @Test
    void aNewBookHoldsNothing() {
        RelationshipBook b = new RelationshipBook(3);
        for (int i = 0; i < b.size; i++) {
            assertFalse(b.holds(i));
            assertEquals(RelationshipBook.NONE, b.supplier(i));
            assertEquals(RelationshipBook.NONE, b.formerSupplier(i));
            assertEquals(RelationshipBook.NONE, b.pending(i));
            assertFalse(b.fan(i));
            assertFalse(b.returning(i));
        }
    }

    @Test
    void fieldsAtTheirLimitsDoNotSpillIntoEachOther() {
        RelationshipBook b = new RelationshipBook(2);
        b.start(0, MAX_SUPPLIER, ADVOCATE, Short.MIN_VALUE, Integer.MAX_VALUE);
        b.setOpenIssues(0, MAX_COUNT);
        b.setMoments(0, MAX_COUNT);
        assertEquals(MAX_SUPPLIER, b.supplier(0));
        assertEquals(ADVOCATE, b.stage(0));
        assertEquals(MAX_COUNT, b.openIssues(0));
        assertEquals(MAX_COUNT, b.moments(0));
        assertEquals(Short.MIN_VALUE, b.since(0));
        assertEquals(Integer.MAX_VALUE, b.updatedAt(0));
        b.setOpenIssues(0, 0);
        assertEquals(MAX_COUNT, b.moments(0), "clearing issues leaves the moments");
        assertEquals(ADVOCATE, b.stage(0));
        assertEquals(MAX_SUPPLIER, b.supplier(0));
        b.setStage(0, 0);
        assertEquals(MAX_COUNT, b.moments(0));
        assertEquals(MAX_SUPPLIER, b.supplier(0));
        assertFalse(b.holds(1), "a neighbour's record is untouched");
    }

    @Test
    void countsAboveSevenBitsSaturate() {
        RelationshipBook b = new RelationshipBook(1);
        b.start(0, 0, LoyaltyStage.CUSTOMER.ordinal(), 0, 0);
        b.setOpenIssues(0, 1_000);
        b.setMoments(0, 128);
        assertEquals(MAX_COUNT, b.openIssues(0));
        assertEquals(MAX_COUNT, b.moments(0));
        assertEquals(LoyaltyStage.CUSTOMER.ordinal(), b.stage(0));
        assertEquals(0, b.supplier(0));
    }

    @Test
    void startingAndEndingBumpTheEpochAndRememberTheDeparture() {
        RelationshipBook b = new RelationshipBook(1);
        int e0 = b.epoch(0);
        b.start(0, 7, LoyaltyStage.CLIENT.ordinal(), -400, 10);
        b.addFrustration(0, Driver.WAITED_TOO_LONG.ordinal(), 2.5);
        assertEquals(e0 + 1, b.epoch(0));
        b.end(0, LeaveReason.WON_BACK.ordinal(), Short.MAX_VALUE);
        assertEquals(e0 + 2, b.epoch(0));
        assertFalse(b.holds(0));
        assertEquals(7, b.formerSupplier(0));
        assertEquals(LeaveReason.WON_BACK.ordinal(), b.formerReason(0), "the highest reason fits its four bits");
        assertEquals(Short.MAX_VALUE, b.leftOn(0));
        assertEquals(-400, b.since(0), "the start day beside it is untouched");
        assertEquals(0, b.totalFrustration(0), "frustration goes with the relationship");
        b.forgetFormer(0);
        assertEquals(RelationshipBook.NONE, b.formerSupplier(0));
    }

    @Test
    void daysBeyondSixteenBitsAreHeldAtTheLimitAndNegativeDaysSurvive() {
        RelationshipBook b = new RelationshipBook(1);
        b.start(0, 1, LoyaltyStage.CUSTOMER.ordinal(), -1_000_000, 0);
        assertEquals(Short.MIN_VALUE, b.since(0), "a start older than 89 years is kept at the limit");
        b.end(0, LeaveReason.PRODUCT.ordinal(), -1_095);
        assertEquals(-1_095, b.leftOn(0));
        assertEquals(Short.MIN_VALUE, b.since(0));
        b.start(0, 1, LoyaltyStage.CUSTOMER.ordinal(), 7_300, 0);
        assertEquals(7_300, b.since(0));
        assertEquals(-1_095, b.leftOn(0));
    }

    @Test
    void theEpochCountsRoundWithoutDisturbingTheLastDeparture() {
        RelationshipBook b = new RelationshipBook(1);
        b.start(0, 3, LoyaltyStage.CUSTOMER.ordinal(), 0, 0);
        b.end(0, LeaveReason.TREATMENT.ordinal(), 12);
        b.setReturning(0);
        int e0 = b.epoch(0);
        for (int k = 0; k < 1_023; k++) {
            b.setPending(0, MAX_SUPPLIER, true);
        }
        assertEquals((e0 + 1_023) % 1_024, b.epoch(0));
        b.setPending(0, 2, false);
        assertEquals(e0, b.epoch(0), "after 1,024 changes the epoch is back where it was");
        assertEquals(3, b.formerSupplier(0));
        assertEquals(LeaveReason.TREATMENT.ordinal(), b.formerReason(0));
        assertEquals(2, b.pending(0));
        assertFalse(b.pendingReferred(0));
        assertTrue(b.returning(0));
        b.forgetFormer(0);
        assertEquals(e0, b.epoch(0), "forgetting the past keeps the epoch");
        assertEquals(RelationshipBook.NONE, b.formerSupplier(0));
        assertEquals(RelationshipBook.NONE, b.pending(0));
    }

    @Test
    void frustrationIsKeptPerDriverScaledTogetherAndItsLargestDominates() {
        RelationshipBook b = new RelationshipBook(1);
        b.start(0, 0, LoyaltyStage.CUSTOMER.ordinal(), 0, 0);
        b.addFrustration(0, Driver.REPEAT_INFORMATION.ordinal(), 1);
        b.addFrustration(0, Driver.ISSUE_NOT_RESOLVED.ordinal(), 2);
        b.addFrustration(0, Driver.ISSUE_NOT_RESOLVED.ordinal(), 0.5);
        assertEquals(2.5f, b.frustration(0, Driver.ISSUE_NOT_RESOLVED));
        assertEquals(3.5, b.totalFrustration(0), 1e-6);
        assertEquals(Driver.ISSUE_NOT_RESOLVED, b.dominantDriver(0));
        b.scaleFrustration(0, 0.5, 99);
        assertEquals(1.75, b.totalFrustration(0), 1e-6);
        assertEquals(0.5f, b.frustration(0, Driver.REPEAT_INFORMATION));
        assertEquals(99, b.updatedAt(0));
        b.addFrustration(0, Driver.REPEAT_INFORMATION.ordinal(), 0.75);
        assertEquals(Driver.REPEAT_INFORMATION, b.dominantDriver(0), "a tie goes to the driver listed first");
    }

    @Test
    void fansAreSupportersAndAdvocatesWhoHoldARelationship() {
        RelationshipBook b = new RelationshipBook(130);
        int i = 129;
        b.start(i, 2, LoyaltyStage.CLIENT.ordinal(), 0, 0);
        assertFalse(b.fan(i));
        b.setStage(i, LoyaltyStage.SUPPORTER.ordinal());
        assertTrue(b.fan(i));
        assertFalse(b.fan(i - 64), "the bit of another customer in the next word is untouched");
        assertFalse(b.fan(i - 1));
        b.end(i, LeaveReason.PRODUCT.ordinal(), 5);
        assertFalse(b.fan(i));
    }

    @Test
    void aPendingJoinKeepsTheLastDepartureAndStartingClearsIt() {
        RelationshipBook b = new RelationshipBook(1);
        b.start(0, 3, LoyaltyStage.CUSTOMER.ordinal(), 0, 0);
        b.end(0, LeaveReason.TREATMENT.ordinal(), 12);
        b.setReturning(0);
        int epoch = b.epoch(0);
        b.setPending(0, MAX_SUPPLIER, true);
        assertEquals(epoch + 1, b.epoch(0));
        assertEquals(MAX_SUPPLIER, b.pending(0));
        assertTrue(b.pendingReferred(0));
        assertTrue(b.returning(0));
        assertEquals(3, b.formerSupplier(0));
        assertEquals(LeaveReason.TREATMENT.ordinal(), b.formerReason(0));
        b.setPending(0, 1, false);
        assertEquals(1, b.pending(0));
        assertFalse(b.pendingReferred(0));
        b.start(0, 1, LoyaltyStage.CUSTOMER.ordinal(), 20, 0);
        assertEquals(RelationshipBook.NONE, b.pending(0));
        assertFalse(b.returning(0));
        assertEquals(3, b.formerSupplier(0), "the last departure is remembered");
    }

    @Test
    void restoreCopiesARelationshipThroughTheSupplierMap() {
        RelationshipBook donor = new RelationshipBook(2);
        donor.start(0, 1, LoyaltyStage.SUPPORTER.ordinal(), -100, 0);
        donor.setOpenIssues(0, 2);
        donor.setMoments(0, 5);
        donor.addFrustration(0, Driver.WAITED_TOO_LONG.ordinal(), 4);
        donor.end(1, LeaveReason.PRODUCT.ordinal(), 30);
        RelationshipBook b = new RelationshipBook(2);
        int[] map = {RelationshipBook.NONE, 6};
        assertEquals(6, b.restore(0, donor, 0, map, 365, 0.5, 7));
        assertEquals(6, b.supplier(0));
        assertEquals(LoyaltyStage.SUPPORTER.ordinal(), b.stage(0));
        assertEquals(2, b.openIssues(0));
        assertEquals(5, b.moments(0));
        assertEquals(265, b.since(0));
        assertEquals(2.0, b.totalFrustration(0), 1e-6);
        assertEquals(7, b.updatedAt(0));
        assertTrue(b.fan(0));
        assertEquals(RelationshipBook.NONE, b.restore(1, donor, 1, map, 365, 0.5, 7));
        assertEquals(395, b.leftOn(1));
        assertEquals(RelationshipBook.NONE, b.formerSupplier(1), "supplier 0 of the donor has no match here");
    }
}
