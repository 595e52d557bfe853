package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.model.Clock;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;

/**
 * How relationships in one sector begin, grow, sour and end, put together from its parts: the loyalty ladder and
 * frustration ({@link LoyaltyTracker}), departures ({@link Departures}), the search for a supplier
 * ({@link SupplierSearch}), win-back ({@link WinBack}), the day's background hazards and referrals
 * ({@link DailyHazards}) and reputations ({@link SupplierReputation}). The rest of the engine talks to this class.
 */
final class RelationshipLifecycle implements Serializable {
    private final SectorContext ctx;
    private final double[] startingShare;
    private final SupplierReputation reputation;
    private final SupplierSearch search;
    private final WinBack winBacks;
    private final Departures departures;
    private final LoyaltyTracker loyalty;
    private final DailyHazards daily;

    RelationshipLifecycle(SectorContext ctx, SegmentTally segments) {
        this.ctx = ctx;
        startingShare = new double[ctx.suppliers.length];
        for (int j = 0; j < ctx.suppliers.length; j++) {
            startingShare[j] = ctx.suppliers[j].params.marketShare();
        }
        reputation = new SupplierReputation(ctx);
        search = new SupplierSearch(ctx);
        winBacks = new WinBack(ctx);
        ExitBarriers barriers = new ExitBarriers(ctx);
        departures = new Departures(ctx, segments, search, winBacks, barriers);
        loyalty = new LoyaltyTracker(ctx, reputation, departures, barriers);
        daily = new DailyHazards(ctx, startingShare, loyalty, departures, search,
                ctx.stream(RandomStreams.Stream.HAZARDS), ctx.keyed(RandomStreams.Stream.CHOICE));
    }

    /** Gives each customer their starting relationship in this sector, if any. */
    void assignInitial(SplitMixRandom rng) {
        for (int i = 0; i < ctx.book.size; i++) {
            if (!Sampling.chance(rng, ctx.params.holdShare())) {
                continue;
            }
            int j = Sampling.categorical(rng, startingShare);
            int stage = Math.max(LoyaltyStage.CUSTOMER.ordinal(),
                    Sampling.categorical(rng, ctx.behaviour.loyalty().initialShare()));
            int tenure = (int) Math.round(
                    Sampling.exponential(rng, ctx.behaviour.loyalty().initialTenureYears() * Clock.DAYS_PER_YEAR));
            ctx.book.start(i, j, stage, -tenure, 0);
            ctx.suppliers[j].byStage[stage]++;
        }
        for (SupplierState s : ctx.suppliers) {
            s.startingCustomers = s.customers();
        }
    }

    /**
     * Customer i starts the run holding supplier j (or nothing: NONE) after an equilibrium start: counted at their
     * stage; without a relationship they will take one up again; a recent leaver is on the win-back list.
     */
    void started(int i, int j, SplitMixRandom rng) {
        if (j != RelationshipBook.NONE) {
            ctx.suppliers[j].byStage[ctx.book.stage(i)]++;
            if (ctx.book.fromRival(i)) {
                ctx.suppliers[j].fromRivals++;
            }
        } else if (ctx.book.returning(i)) {
            search.comeBackLater(i, 0, rng);
        }
        int former = ctx.book.formerSupplier(i);
        if (former != RelationshipBook.NONE && former != j
                && -ctx.book.leftOn(i) <= ctx.behaviour.winBack().windowDays()) {
            winBacks.book(i, former, ctx.book.leftOn(i), 0, rng);
        }
    }

    void decayTo(int i, double t) {
        loyalty.decayTo(i, t);
    }

    /** A contact that went well: maybe a magic moment; positive moments move the customer up the ladder. */
    void goodMoment(int i, int j, double t, SplitMixRandom rng) {
        loyalty.goodMoment(i, j, t, rng);
    }

    /** After a misery: an upset fan drops a rung (loudly); past tolerance, the customer leaves. */
    void afterMisery(int i, int j, double t, SplitMixRandom rng) {
        loyalty.afterMisery(i, j, t, rng);
    }

    /** Ends customer i's relationship for one reason (a death, say), without looking for another. */
    void leave(int i, LeaveReason reason, Driver driver, double t, SplitMixRandom rng) {
        departures.leave(i, reason, driver, t, rng);
    }

    /** Customer i looks for a supplier, excluding those in the mask; returns the one being joined, or -1. */
    int pursue(int i, long excluded, double t, SplitMixRandom rng) {
        return search.pursue(i, excluded, t, rng);
    }

    /** Prospects whose onboarding ends today start their relationship at the start of the day. */
    void startOfDay(int day) {
        search.joinDue(day);
    }

    /** Every supplier's best rival, after reputations were set from outside (an equilibrium start). */
    void updateRivals() {
        reputation.updateRivals();
    }

    /** The day's departures, returns to the market, win-back calls, referrals, and reputations. */
    void endOfDay(int day) {
        double t = Clock.startOfDay(day + 1);
        daily.backgroundDepartures(t);
        search.returnToMarket(day, t);
        winBacks.answer(day, t, departures, search);
        daily.referrals(t);
        reputation.update();
    }
}
