package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.model.Clock;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;

/**
 * Relationships ending: exactly one reason recorded per departure (and the dominant misery for treatment), the
 * supplier's exit barriers met on the way out, the word of mouth it sets off, the win-back call a supplier with an
 * open door books, and the search for a new supplier by leavers who still want the service (some who leave for
 * treatment give up on the sector).
 */
final class Departures implements Serializable {
    private final SectorContext ctx;
    private final SegmentTally segments;
    private final SupplierSearch search;
    private final WinBack winBacks;
    private final ExitBarriers barriers;

    Departures(SectorContext ctx, SegmentTally segments, SupplierSearch search, WinBack winBacks,
               ExitBarriers barriers) {
        this.ctx = ctx;
        this.segments = segments;
        this.search = search;
        this.winBacks = winBacks;
        this.barriers = barriers;
    }

    /** Ends the relationship for one reason and, if the customer still wants the service, finds another. */
    void leaveAndReplace(int i, LeaveReason reason, Driver driver, double t, SplitMixRandom rng) {
        int j = ctx.book.supplier(i);
        leave(i, reason, driver, t, rng);
        if (reason == LeaveReason.DIED) {
            return;
        }
        boolean abandons = reason == LeaveReason.TREATMENT
                && Sampling.chance(rng, ctx.behaviour.attrition().abandonSectorShare());
        if (abandons) {
            ctx.tally.increment(ctx.global(j), Metric.TREATMENT_LEFT_SECTOR);
        }
        if (!reason.seeksReplacement() || abandons) {
            search.comeBackLater(i, t, rng);
            return;
        }
        search.pursue(i, 1L << j, t, rng);
    }

    /**
     * Ends customer i's relationship, recording exactly one reason (and the dominant driver for treatment). A
     * supplier who leaves the door open books its first win-back call.
     */
    void leave(int i, LeaveReason reason, Driver driver, double t, SplitMixRandom rng) {
        int j = ctx.book.supplier(i);
        SupplierState s = ctx.suppliers[j];
        int g = ctx.global(j);
        int stage = ctx.book.stage(i);
        ctx.tally.increment(g, Metric.left(reason));
        if (reason == LeaveReason.TREATMENT) {
            ctx.tally.increment(g, Metric.driver(driver));
            s.negativeMentions += stage >= LoyaltyStage.SUPPORTER.ordinal()
                    ? ctx.behaviour.wordOfMouth().loudness() : 1;
        }
        boolean barred = reason != LeaveReason.DIED && barriers.onLeaving(i, j, rng);
        s.byStage[stage]--;
        if (ctx.book.fromRival(i)) {
            s.fromRivals--;
        }
        segments.left(i, ctx.population.ageBand(i), reason);
        ctx.book.end(i, reason.ordinal(), Clock.day(t), barred);
        if (reason != LeaveReason.DIED) {
            winBacks.book(i, j, Clock.day(t), Clock.day(t), rng);
        }
    }
}
