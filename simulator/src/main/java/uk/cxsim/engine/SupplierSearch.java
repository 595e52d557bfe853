package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.behaviour.SupplierChoice;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Customers looking for a supplier: a leaver or a newcomer weighs the suppliers (reputation, price, expected
 * service, what their friends say) and approaches one as a prospect, who may or may not answer in time; answered
 * prospects join once onboarding is over. Customers without a relationship come back to the market after a while.
 */
final class SupplierSearch implements Serializable {
    /** Opinion a friend at each loyalty stage voices about their supplier. */
    private static final double[] STAGE_OPINION = {0, 0, 0.25, 0.5, 1.0};
    /** Days a friend keeps talking about the supplier they left because of treatment: a year. */
    private static final int GRUDGE_DAYS = Clock.daysInYears(1);

    private final SectorContext ctx;
    /** Reused by each supplier search (a sector runs on one thread at a time). */
    private final double[] opinionBuffer;
    private final double[] utilityBuffer;
    /** Each supplier's offered channel most likely to answer a prospect. */
    private final ChannelParams[] mostResponsive;
    /** Former customers without a relationship, due to look for one again: customer, epoch, seed. */
    private final DayAgenda reentries;
    /** Prospects answered, joining once onboarding is done: customer, epoch. */
    private final DayAgenda joins;
    /** Reused for each return to the market, restarted from the seed its booking split off. */
    private final SplitMixRandom returning = new SplitMixRandom(0);

    SupplierSearch(SectorContext ctx) {
        this.ctx = ctx;
        int n = ctx.suppliers.length;
        opinionBuffer = new double[n];
        utilityBuffer = new double[n];
        mostResponsive = new ChannelParams[n];
        for (int j = 0; j < n; j++) {
            mostResponsive[j] = mostResponsive(ctx.suppliers[j].params);
        }
        reentries = new DayAgenda(ctx.model.params.totalDays(), 4);
        joins = new DayAgenda(ctx.model.params.totalDays(), 2);
    }

    /** A customer without a relationship in the sector takes one up again after a while. */
    void comeBackLater(int i, double t, SplitMixRandom rng) {
        double rate = ctx.behaviour.attrition().reentryPerYear();
        ctx.book.setReturning(i);
        if (rate > 0) {
            int day = (int) (Clock.day(t) + Sampling.exponential(rng, Clock.DAYS_PER_YEAR / rate));
            long seed = rng.nextLong();
            reentries.add(day, i, ctx.book.epoch(i), DayAgenda.high(seed), DayAgenda.low(seed));
        }
    }

    /**
     * The customer looks for a supplier as a prospect: picks one by logit, approaches it through their preferred
     * channel, and tries the next if not answered in time. The supplier that answers in time takes them on once
     * its response and onboarding delay is over.
     *
     * @return the supplier being joined, or -1 if none answered
     */
    int pursue(int i, long excluded, double t, SplitMixRandom rng) {
        return pursue(i, excluded, t, rng, -1);
    }

    /**
     * As {@link #pursue(int, long, double, SplitMixRandom)}, for a prospect a fan of {@code recommended} pointed to:
     * an approach to it counts as a referral.
     */
    int pursue(int i, long excluded, double t, SplitMixRandom rng, int recommended) {
        int n = ctx.suppliers.length;
        int left = ctx.book.formerSupplier(i);
        if (left != RelationshipBook.NONE && ctx.book.barredFromFormer(i)) {
            excluded |= 1L << left; // it slammed the door on them: they will not go back
        }
        double[] opinion = friendOpinion(i, Clock.day(t));
        double[] utility = utilityBuffer;
        double years = t / Clock.MINUTES_PER_YEAR;
        for (int k = 0; k < n; k++) {
            SupplierState s = ctx.suppliers[k];
            utility[k] = SupplierChoice.utility(ctx.behaviour.choice(), s.reputation, s.params.priceIndex(),
                    ctx.population.priceSensitivity(i) / ctx.people.priceSensitivityMean(), s.miseryRate, opinion[k],
                    s.params.attractiveness() + s.params.attractivenessTrendPerYear() * years);
        }
        while (true) {
            int k = SupplierChoice.choose(rng, utility, excluded);
            if (k < 0) {
                comeBackLater(i, t, rng);
                return -1;
            }
            if (approach(i, k, t, k == recommended, rng)) {
                return k;
            }
            excluded |= 1L << k;
        }
    }

    /**
     * A prospect approaches supplier k through their preferred channel. Answered before their patience runs out,
     * they join once the response and onboarding delay is over; otherwise the supplier has lost a prospect.
     */
    boolean approach(int i, int k, double t, boolean referred, SplitMixRandom rng) {
        int g = ctx.global(k);
        ctx.tally.increment(g, Metric.PROSPECTS);
        if (referred) {
            ctx.tally.increment(g, Metric.REFERRALS);
        }
        ChannelParams cp = prospectChannel(k, ctx.population.preferredChannel(i));
        boolean answered = Sampling.chance(rng, cp.prospectAnswerProbability());
        double delay = Sampling.exponential(rng, cp.prospectResponseDays()) + ctx.suppliers[k].params.onboardingDays();
        double patience = Sampling.exponential(rng, ctx.people.prospectPatienceDays());
        if (answered && delay <= patience) {
            ctx.book.setPending(i, k, referred);
            joins.add((int) Math.floor(Clock.days(t) + delay), i, ctx.book.epoch(i));
            return true;
        }
        ctx.tally.increment(g, Metric.LOST_PROSPECTS);
        return false;
    }

    void join(int i, int k, double t) {
        int former = ctx.book.formerSupplier(i);
        boolean fromRival = former != RelationshipBook.NONE && former != k;
        if (fromRival) {
            // a move between rivals: the gain and the loss are counted together, so they net to zero in the sector
            ctx.tally.increment(ctx.global(k), Metric.GAINED_FROM_RIVALS);
            ctx.tally.increment(ctx.global(former), Metric.LOST_TO_RIVALS);
            if (ctx.book.formerReason(i) == LeaveReason.TREATMENT.ordinal()) {
                ctx.tally.increment(ctx.global(former), Metric.LOST_TO_RIVALS_AFTER_TREATMENT);
            }
        }
        ctx.book.start(i, k, LoyaltyStage.CUSTOMER.ordinal(), Clock.day(t), (int) t, fromRival);
        ctx.suppliers[k].byStage[LoyaltyStage.CUSTOMER.ordinal()]++;
        if (fromRival) {
            ctx.suppliers[k].fromRivals++;
        }
        ctx.tally.increment(ctx.global(k), Metric.JOINED);
    }

    /** Prospects whose onboarding ends today start their relationship at the start of the day. */
    void joinDue(int day) {
        double t = Clock.startOfDay(day);
        for (int k = 0; k < joins.count(day); k++) {
            int i = joins.get(day, k, 0);
            int j = ctx.book.pending(i);
            if (j == RelationshipBook.NONE || ctx.book.holds(i) || ctx.book.epoch(i) != joins.get(day, k, 1)) {
                continue;
            }
            boolean referred = ctx.book.pendingReferred(i);
            join(i, j, t);
            if (referred) {
                ctx.tally.increment(ctx.global(j), Metric.JOINED_BY_REFERRAL);
            }
        }
        joins.clear(day);
    }

    /** Former customers without a relationship in the sector take one up again. */
    void returnToMarket(int day, double t) {
        for (int k = 0; k < reentries.count(day); k++) {
            int i = reentries.get(day, k, 0);
            if (ctx.book.holds(i) || ctx.book.epoch(i) != reentries.get(day, k, 1)
                    || ctx.book.pending(i) != RelationshipBook.NONE) {
                continue;
            }
            int former = ctx.book.formerSupplier(i);
            boolean angry = former != RelationshipBook.NONE
                    && ctx.book.formerReason(i) == LeaveReason.TREATMENT.ordinal();
            returning.reseed(reentries.getLong(day, k, 2));
            pursue(i, angry ? 1L << former : 0L, t, returning);
        }
        reentries.clear(day);
    }

    /** A prospect uses their preferred channel if offered, otherwise the one most likely to answer. */
    private ChannelParams prospectChannel(int k, int preferred) {
        SupplierParams sp = ctx.suppliers[k].params;
        return sp.channels()[preferred].offered() ? sp.channels()[preferred] : mostResponsive[k];
    }

    /** The offered channel most likely to answer a prospect. */
    private static ChannelParams mostResponsive(SupplierParams sp) {
        ChannelParams best = null;
        for (Channel c : Channel.values()) {
            ChannelParams cp = sp.channel(c);
            if (cp.offered() && (best == null || cp.prospectAnswerProbability() > best.prospectAnswerProbability())) {
                best = cp;
            }
        }
        return best;
    }

    /** What the customer's friends say about each supplier: fans praise, those who left in anger warn. */
    private double[] friendOpinion(int i, int today) {
        double[] opinion = opinionBuffer;
        java.util.Arrays.fill(opinion, 0);
        for (int m = 0; m < ctx.network.degree; m++) {
            int f = ctx.network.tie(i, m);
            int g = ctx.book.supplier(f);
            if (g != RelationshipBook.NONE) {
                opinion[g] += STAGE_OPINION[ctx.book.stage(f)];
            }
            int former = ctx.book.formerSupplier(f);
            if (former != RelationshipBook.NONE && ctx.book.formerReason(f) == LeaveReason.TREATMENT.ordinal()
                    && today - ctx.book.leftOn(f) <= GRUDGE_DAYS) {
                opinion[former] -= 1;
            }
        }
        return opinion;
    }
}
