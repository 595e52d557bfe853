package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.SplitMixRandom;

/**
 * A supplier's exit barriers as the customer meets them (seed 002, "If I leave, don't slam the door"): a customer
 * meets them once per relationship, either held by them (frustrated past their own tolerance, kept only by the
 * friction) or on the way out (with a chance equal to the supplier's exit friction). Meeting them is counted, brings
 * a formal complaint with a chance, and sets off word of mouth; a leaver who met them will not go back to that
 * supplier (unless the scenario's return share says some might).
 */
final class ExitBarriers implements Serializable {
    private final SectorContext ctx;

    ExitBarriers(SectorContext ctx) {
        this.ctx = ctx;
    }

    /** Customer i, held by supplier j, meets its barriers now. */
    void meet(int i, int j, SplitMixRandom rng) {
        ctx.book.markMetBarrier(i);
        int g = ctx.global(j);
        ctx.tally.increment(g, Metric.EXIT_BARRIERS);
        ctx.suppliers[j].negativeMentions += ctx.behaviour.wordOfMouth().exitFrictionMentions();
        if (Sampling.chance(rng, ctx.behaviour.exitBarrier().complaint())) {
            ctx.tally.increment(g, Metric.COMPLAINTS);
        }
    }

    /**
     * Customer i leaves supplier j: meets its barriers on the way out with a chance equal to its exit friction,
     * unless met already. Returns whether the door is shut behind them (they will not go back).
     */
    boolean onLeaving(int i, int j, SplitMixRandom rng) {
        if (!ctx.book.metBarrier(i) && Sampling.chance(rng, ctx.suppliers[j].params.exitFriction())) {
            meet(i, j, rng);
        }
        return ctx.book.metBarrier(i) && !Sampling.chance(rng, ctx.behaviour.exitBarrier().returnShare());
    }
}
