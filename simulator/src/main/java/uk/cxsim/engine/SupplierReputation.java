package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.Clock;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.SupplierState;

/**
 * Each supplier's reputation in the sector and the best of its rivals': reputation follows net word of mouth
 * per customer (advocates and supporters praise, leavers complain), and customers weigh the gap to the best rival
 * when deciding whether to put up with poor service.
 */
final class SupplierReputation implements Serializable {
    private final SectorContext ctx;
    private final double[] bestRivalReputation;

    SupplierReputation(SectorContext ctx) {
        this.ctx = ctx;
        bestRivalReputation = new double[ctx.suppliers.length];
        updateRivals();
    }

    /** Reputation follows net word of mouth per customer; the misery rate follows what contacts are like. */
    void update() {
        double memory = ctx.behaviour.wordOfMouth().memoryDays();
        double advocacy = Clock.perDay(ctx.behaviour.wordOfMouth().advocacyPerYear());
        for (SupplierState s : ctx.suppliers) {
            double positive = advocacy * (s.byStage[LoyaltyStage.ADVOCATE.ordinal()]
                    + 0.5 * s.byStage[LoyaltyStage.SUPPORTER.ordinal()]);
            double net = (positive - s.negativeMentions) * Clock.DAYS_PER_YEAR / Math.max(1, s.customers());
            s.reputation += (net - s.reputation) / memory;
            if (s.contactsToday > 0) {
                s.miseryRate += ((double) s.miseriesToday / s.contactsToday - s.miseryRate) / memory;
            }
            s.negativeMentions = 0;
            s.contactsToday = 0;
            s.miseriesToday = 0;
        }
        updateRivals();
    }

    void updateRivals() {
        for (int j = 0; j < ctx.suppliers.length; j++) {
            double best = ctx.suppliers.length > 1 ? Double.NEGATIVE_INFINITY : ctx.suppliers[j].reputation;
            for (int k = 0; k < ctx.suppliers.length; k++) {
                if (k != j) {
                    best = Math.max(best, ctx.suppliers[k].reputation);
                }
            }
            bestRivalReputation[j] = best;
        }
    }

    /** The best reputation among supplier j's rivals (its own when it has none). */
    double bestRival(int j) {
        return bestRivalReputation[j];
    }
}
