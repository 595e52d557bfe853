package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.Clock;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;

/**
 * Suppliers who leave the door open call recent leavers, at a rate set by how open the door is, within a window
 * of days; a leaver who accepts comes back (leaving any new supplier), the others may be called again. A leaver
 * who met the supplier's exit barriers does not come back.
 */
final class WinBack implements Serializable {
    private final SectorContext ctx;
    /** Win-back approaches: customer, supplier left, day left. */
    private final DayAgenda winBackCalls;
    /** Reused for each answer to a win-back call, restarted from the seed its booking split off. */
    private final SplitMixRandom callDraws = new SplitMixRandom(0);

    WinBack(SectorContext ctx) {
        this.ctx = ctx;
        winBackCalls = new DayAgenda(ctx.model.params.totalDays(), 5);
    }

    /** The next win-back approach by the supplier left on {@code leftDay}, if it falls within the window. */
    void book(int i, int j, int leftDay, int today, SplitMixRandom rng) {
        double rate = ctx.behaviour.winBack().attemptsPerYear() * ctx.suppliers[j].params.doorOpen();
        if (rate <= 0) {
            return;
        }
        double next = today + Sampling.exponential(rng, Clock.DAYS_PER_YEAR / rate);
        if (next - leftDay <= ctx.behaviour.winBack().windowDays()) {
            long seed = rng.nextLong();
            winBackCalls.add((int) next, i, j, leftDay, DayAgenda.high(seed), DayAgenda.low(seed));
        }
    }

    /** Suppliers who leave the door open call recent leavers; some come back, others get called again. */
    void answer(int day, double t, Departures departures, SupplierSearch search) {
        for (int k = 0; k < winBackCalls.count(day); k++) {
            int i = winBackCalls.get(day, k, 0);
            int former = winBackCalls.get(day, k, 1);
            int leftDay = winBackCalls.get(day, k, 2);
            if (ctx.book.formerSupplier(i) != former || ctx.book.leftOn(i) != leftDay || ctx.book.supplier(i) == former
                    || ctx.book.pending(i) != RelationshipBook.NONE) {
                continue;
            }
            if (ctx.book.barredFromFormer(i)) {
                continue; // it slammed the door on them: they will not come back
            }
            boolean angry = ctx.book.formerReason(i) == LeaveReason.TREATMENT.ordinal();
            double accept = ctx.behaviour.winBack().acceptance()
                    * (angry ? ctx.behaviour.winBack().treatmentPenalty() : 1);
            callDraws.reseed(winBackCalls.getLong(day, k, 3));
            if (!Sampling.chance(callDraws, accept)) {
                book(i, former, leftDay, day, callDraws);
                continue;
            }
            if (ctx.book.holds(i)) {
                departures.leave(i, LeaveReason.WON_BACK, null, t, callDraws);
            }
            search.join(i, former, t);
            ctx.tally.increment(ctx.global(former), Metric.WON_BACK);
        }
        winBackCalls.clear(day);
    }
}
