package uk.cxsim.engine;

import java.io.Serializable;

import static uk.cxsim.engine.ContactFlags.ABANDONED;
import static uk.cxsim.engine.ContactFlags.HAD_MISERY;
import static uk.cxsim.engine.ContactFlags.MISERY_MASK;
import static uk.cxsim.engine.ContactFlags.REPEAT;
import static uk.cxsim.engine.ContactFlags.RESOLVED;
import static uk.cxsim.engine.ContactFlags.RETRY;
import static uk.cxsim.engine.ContactFlags.SALE_LOST;
import static uk.cxsim.engine.ContactFlags.TRANSFERRED;
import static uk.cxsim.engine.ContactFlags.TRANSFER_NOW;
import static uk.cxsim.engine.ContactFlags.has;
import static uk.cxsim.engine.NeedDraws.Decision.AFTER_MISERY;
import static uk.cxsim.engine.NeedDraws.Decision.CALL_AGAIN;
import static uk.cxsim.engine.NeedDraws.Decision.COME_BACK;
import static uk.cxsim.engine.NeedDraws.Decision.COMPLAINT;
import static uk.cxsim.engine.NeedDraws.Decision.DELIGHT;
import static uk.cxsim.engine.NeedDraws.Decision.SALE_TO_COMPETITOR;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.Clock;
import uk.cxsim.model.ContactReason;
import uk.cxsim.model.Driver;
import uk.cxsim.model.SplitMixRandom;

/**
 * The moment of truth at the end of a contact: every misery on the journey adds to the customer's frustration,
 * and the outcome decides what comes next (a transfer, a call again after hanging up, a lost sale, a resolved
 * need that may move the customer up the ladder, or a need that comes back in a few days); past their tolerance
 * the customer leaves ({@link RelationshipLifecycle}).
 */
final class ContactOutcome implements Serializable {
    private final SectorContext ctx;
    private final EventCalendar calendar;
    private final ContactScheduler scheduler;
    private final FailureDemand failureDemand;
    private final RelationshipLifecycle lifecycle;
    /** The draws of the need whose step is being taken. */
    private final NeedDraws draws;

    ContactOutcome(SectorContext ctx, EventCalendar calendar, ContactScheduler scheduler, FailureDemand failureDemand,
                   RelationshipLifecycle lifecycle, NeedDraws draws) {
        this.ctx = ctx;
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.failureDemand = failureDemand;
        this.lifecycle = lifecycle;
        this.draws = draws;
    }

    /** A contact ends: its miseries count, and its outcome decides the next step. */
    void onContactEnd(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        double t = c.time[e];
        int j = ctx.book.supplier(i);
        int g = ctx.global(j);
        int flags = c.flags[e];
        int reason = c.reason[e];
        int ch = c.channel[e];
        int attempts = c.attempts[e];

        boolean unresolved = !has(flags, RESOLVED | SALE_LOST | TRANSFER_NOW | ABANDONED);
        if (unresolved) {
            flags |= Driver.ISSUE_NOT_RESOLVED.bit();
        }
        lifecycle.decayTo(i, t);
        int miseries = applyMiseries(i, j, flags, c.trapMinutes[e], c.waitFactor[e]);
        int next = ContactFlags.carried(flags);

        if (has(flags, TRANSFER_NOW)) {
            ctx.tally.increment(g, Metric.TRANSFERS);
            failureDemand.countTransfer(g, ch);
            next = ContactFlags.withTransfers(next, ContactFlags.transfers(flags) + 1) | TRANSFERRED;
            scheduler.schedule(EventCalendar.QUEUE_ARRIVAL, t, i, ch, reason, next, attempts, 0f, 0f);
        } else if (has(flags, ABANDONED)) {
            SplitMixRandom again = draws.of(CALL_AGAIN);
            if (Sampling.chance(again, ctx.behaviour.contact().retryProbability())) {
                double retry = t + Sampling.exponential(again, ctx.behaviour.contact().retryDelayMinutes());
                scheduler.schedule(EventCalendar.CONTACT, retry, i, ch, reason, next | RETRY, attempts + 1, 0f, 0f);
            } else {
                comeBackLater(i, g, reason, attempts, t);
            }
        } else if (has(flags, SALE_LOST)) {
            ctx.tally.increment(g, Metric.LOST_SALES);
            ctx.tally.add(g, Metric.LOST_SALES_GBP, ctx.params.saleValueGbp());
            if (Sampling.chance(draws.of(SALE_TO_COMPETITOR), ctx.behaviour.contact().lostSaleToCompetitor())) {
                ctx.tally.increment(g, Metric.LOST_SALES_TO_COMPETITOR);
            }
        } else if (has(flags, RESOLVED)) {
            ctx.tally.increment(g, Metric.RESOLVED);
            ctx.book.setOpenIssues(i, 0);
            if (reason == ContactReason.SALES.ordinal()) {
                ctx.tally.increment(g, Metric.SALES_MADE);
            }
            boolean goodJourney = miseries == 0 && !has(flags, HAD_MISERY | REPEAT);
            if (goodJourney) {
                lifecycle.goodMoment(i, j, t, draws.of(DELIGHT));
            }
        } else {
            ctx.tally.increment(g, Metric.UNRESOLVED);
            ctx.book.setOpenIssues(i, ctx.book.openIssues(i) + 1);
            comeBackLater(i, g, reason, attempts, t);
        }
        if (miseries > 0) {
            lifecycle.afterMisery(i, j, t, draws.of(AFTER_MISERY));
        }
    }

    /** The need is still there: the customer comes back in a few days (failure demand). */
    private void comeBackLater(int i, int g, int reason, int attempts, double t) {
        double back = t + Sampling.exponential(draws.of(COME_BACK),
                ctx.behaviour.contact().repeatDelayDays() * Clock.MINUTES_PER_DAY);
        scheduler.schedule(EventCalendar.CONTACT, back, i, -1, reason, REPEAT | ContactFlags.REPEAT_NOW, attempts + 1,
                0f, 0f);
    }

    /** Adds each misery in the flags to the customer's frustration; returns how many there were. */
    private int applyMiseries(int i, int j, int flags, float trapMinutes, float waitFactor) {
        int bits = flags & MISERY_MASK;
        if (bits == 0) {
            return 0;
        }
        double[] weight = ctx.behaviour.misery().weight();
        double complaintPerWeight = ctx.behaviour.complaints().perMiseryWeight();
        double noComplaint = 1;
        int g = ctx.global(j);
        int n = 0;
        for (int d = 0; d < Driver.COUNT; d++) {
            if ((bits & (1 << d)) == 0) {
                continue;
            }
            double intensity = 1.0;
            if (d == Driver.TRAPPED_IN_SELF_SERVICE.ordinal()) {
                intensity = Math.min(ctx.behaviour.misery().waitCap(),
                        trapMinutes / ctx.behaviour.misery().trapReferenceMinutes());
            } else if (d == Driver.WAITED_TOO_LONG.ordinal()) {
                intensity = waitFactor;
            }
            ctx.book.addFrustration(i, d, weight[d] * intensity * ctx.population.sensitivity(i, d));
            ctx.tally.increment(g, Metric.misery(Driver.of(d)));
            noComplaint *= 1 - Math.min(1, complaintPerWeight * weight[d] * intensity);
            n++;
        }
        ctx.suppliers[j].miseriesToday += n;
        // at most one formal complaint a journey, more likely the more and the heavier its miseries
        if (Sampling.chance(draws.of(COMPLAINT), 1 - noComplaint)) {
            ctx.tally.increment(g, Metric.COMPLAINTS);
        }
        return n;
    }
}
