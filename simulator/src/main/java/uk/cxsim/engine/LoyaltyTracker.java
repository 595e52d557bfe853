package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Attrition;
import uk.cxsim.behaviour.Frustration;
import uk.cxsim.behaviour.LoyaltyLadder;
import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.Clock;
import uk.cxsim.model.CompactFloat;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.LoyaltyParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * A relationship's frustration and place on the loyalty ladder: frustration decays with its half-life, good
 * contacts (and the odd delight) move a customer up, an upset fan drops a rung, and past their tolerance (which
 * loyalty, exit friction and better rivals stretch or shrink) the customer leaves for treatment.
 */
final class LoyaltyTracker implements Serializable {
    private final SectorContext ctx;
    private final double halfLifeMinutes;
    /** The shortest decay the record resolves: one step of its precision (61 minutes at a 60-day half-life). */
    private final double decayStepMinutes;
    private final SupplierReputation reputation;
    private final Departures departures;
    private final ExitBarriers barriers;

    LoyaltyTracker(SectorContext ctx, SupplierReputation reputation, Departures departures, ExitBarriers barriers) {
        this.ctx = ctx;
        this.reputation = reputation;
        this.departures = departures;
        this.barriers = barriers;
        this.halfLifeMinutes = ctx.behaviour.frustrationHalfLifeDays() * Clock.MINUTES_PER_DAY;
        this.decayStepMinutes = halfLifeMinutes * CompactFloat.RELATIVE_STEP / Math.log(2);
    }

    /**
     * Decays the relationship's frustration to minute t, once at least {@code decayStepMinutes} have passed since it
     * was last decayed: a shorter decay would be smaller than the record's resolution and rounded away, its time
     * lost; waiting lets it count in the next.
     */
    void decayTo(int i, double t) {
        double elapsed = t - ctx.book.updatedAt(i);
        if (elapsed >= decayStepMinutes) {
            ctx.book.scaleFrustration(i, Frustration.decayFactor(elapsed, halfLifeMinutes), (int) t);
        }
    }

    /** A contact that went well: maybe a magic moment; positive moments move the customer up the ladder. */
    void goodMoment(int i, int j, double t, SplitMixRandom rng) {
        SupplierParams sp = ctx.suppliers[j].params;
        LoyaltyParams loyalty = ctx.behaviour.loyalty();
        int stage = ctx.book.stage(i);
        double tenure = Clock.days(t) - ctx.book.since(i);
        boolean delighted = Sampling.chance(rng, sp.delightBudget());
        if (delighted) {
            ctx.tally.increment(ctx.global(j), Metric.DELIGHTS);
            ctx.book.scaleFrustration(i, 1 - loyalty.delightRelief(), ctx.book.updatedAt(i));
        }
        int moments = ctx.book.moments(i) + LoyaltyLadder.momentsEarned(loyalty, stage, tenure, delighted);
        if (LoyaltyLadder.climbs(loyalty, stage, moments, tenure)) {
            moveStage(i, j, stage + 1);
        } else {
            ctx.book.setMoments(i, moments);
        }
    }

    /**
     * After a misery: an upset fan drops a rung (loudly); past tolerance, the customer leaves. A customer past their
     * own tolerance but held by the supplier's exit friction meets its barriers, once: angrier, they may leave
     * anyway.
     */
    void afterMisery(int i, int j, double t, SplitMixRandom rng) {
        double frustration = ctx.book.totalFrustration(i);
        double tolerance = effectiveTolerance(i, j, t);
        if (!ctx.book.metBarrier(i) && !Attrition.leavesForTreatment(frustration, tolerance)) {
            double hostage = Attrition.hostage(ctx.suppliers[j].params.exitFriction(),
                    ctx.behaviour.attrition().exitFrictionHold());
            if (hostage > 1 && Attrition.leavesForTreatment(frustration, tolerance / hostage)) {
                barriers.meet(i, j, rng);
                ctx.book.addFrustration(i, ctx.book.dominantDriver(i).ordinal(),
                        ctx.behaviour.exitBarrier().frustration() * ctx.population.tolerance(i));
                frustration = ctx.book.totalFrustration(i);
            }
        }
        if (Attrition.leavesForTreatment(frustration, tolerance)) {
            departures.leaveAndReplace(i, LeaveReason.TREATMENT, ctx.book.dominantDriver(i), t, rng);
            return;
        }
        int stage = ctx.book.stage(i);
        if (LoyaltyLadder.drops(ctx.behaviour.loyalty(), stage, frustration / tolerance)) {
            if (stage >= LoyaltyStage.SUPPORTER.ordinal()) {
                ctx.suppliers[j].negativeMentions += ctx.behaviour.wordOfMouth().loudness();
            }
            moveStage(i, j, stage - 1);
        }
    }

    double effectiveTolerance(int i, int j, double t) {
        SupplierState s = ctx.suppliers[j];
        double years = Clock.years(Math.max(0, Clock.days(t) - ctx.model.params.warmupDays()));
        return Attrition.effectiveTolerance(ctx.population.tolerance(i),
                ctx.behaviour.loyalty().toleranceMultiplier()[ctx.book.stage(i)], years,
                ctx.behaviour.toleranceTrendPerYear(),
                s.params.exitFriction(), ctx.behaviour.attrition().exitFrictionHold(),
                reputation.bestRival(j) - s.reputation, ctx.behaviour.attrition().alternativeSensitivity());
    }

    private void moveStage(int i, int j, int stage) {
        ctx.suppliers[j].byStage[ctx.book.stage(i)]--;
        ctx.suppliers[j].byStage[stage]++;
        ctx.book.setStage(i, stage);
        ctx.book.setMoments(i, 0);
    }
}
