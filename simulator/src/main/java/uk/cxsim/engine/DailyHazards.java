package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.BackgroundHazards;
import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Clock;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.SupplierParams;

/**
 * The day's background departures and referrals, drawn once a day by thinning from a bound over all slots:
 * product, competitor-offer, natural-switching and stop-using hazards compete; fans recommend their supplier to
 * their ties, and a friend open to switching becomes that supplier's prospect. Every candidate draws its slot and
 * numbers from the hazards stream whoever holds the slot; what follows a candidate draws from its own keyed stream,
 * so the candidates stay in step between a base and a what-if.
 */
final class DailyHazards implements Serializable {
    private final SectorContext ctx;
    private final double[] offerPressure;
    private final double hazardBound;
    private final double[] rates = new double[LeaveReason.COUNT];
    private final LoyaltyTracker loyalty;
    private final Departures departures;
    private final SupplierSearch search;
    private final SplitMixRandom hazards;
    private final KeyedDraws consequences;
    private long departureCandidates;
    private long referralCandidates;

    DailyHazards(SectorContext ctx, double[] startingShare, LoyaltyTracker loyalty, Departures departures,
                 SupplierSearch search, SplitMixRandom hazards, KeyedDraws consequences) {
        this.ctx = ctx;
        this.loyalty = loyalty;
        this.departures = departures;
        this.search = search;
        this.hazards = hazards;
        this.consequences = consequences;
        int n = ctx.suppliers.length;
        offerPressure = new double[n];
        double maxProduct = 0;
        double maxPressure = 0;
        for (int j = 0; j < n; j++) {
            SupplierParams sp = ctx.suppliers[j].params;
            double rivals = 0;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    rivals += startingShare[k] * ctx.suppliers[k].params.campaignIntensity();
                }
            }
            double rest = 1 - startingShare[j];
            offerPressure[j] = rest > 0 ? rivals / rest * sp.priceIndex() : 0;
            maxPressure = Math.max(maxPressure, offerPressure[j]);
            maxProduct = Math.max(maxProduct, Math.exp(-sp.productQuality()));
        }
        hazardBound = ctx.params.productDissatisfactionPerYear() * maxProduct
                + ctx.params.competitorOfferPerYear() * maxPressure
                * PopulationFactory.PRICE_SENSITIVITY_CAP * ctx.people.priceSensitivityMean()
                + ctx.people.naturalSwitchPerYear() + ctx.params.stopUsingPerYear();
    }

    /** Product, competitor-offer, natural-switching and stop-using departures: competing hazards, thinned. */
    void backgroundDepartures(double t) {
        double perDay = Clock.perDay(ctx.book.size * hazardBound);
        if (perDay <= 0) {
            return;
        }
        double gap = 1 / perDay;
        for (double x = Sampling.exponential(hazards, gap); x < 1; x += Sampling.exponential(hazards, gap)) {
            int i = hazards.nextInt(ctx.book.size);
            double u = hazards.nextDouble() * hazardBound;
            long candidate = departureCandidates++;
            if (!ctx.book.holds(i)) {
                continue;
            }
            int j = ctx.book.supplier(i);
            SupplierParams sp = ctx.suppliers[j].params;
            double total = BackgroundHazards.rates(rates, ctx.params.productDissatisfactionPerYear(),
                    sp.productQuality(),
                    ctx.params.competitorOfferPerYear(), offerPressure[j],
                    ctx.population.priceSensitivity(i) / ctx.people.priceSensitivityMean(),
                    ctx.population.naturalSwitcher(i) ? ctx.people.naturalSwitchPerYear() : 0,
                    ctx.params.stopUsingPerYear());
            if (u < total) {
                SplitMixRandom rng = consequences.at(candidate, 0);
                LeaveReason reason = LeaveReason.of(Sampling.categorical(rng, rates));
                departures.leaveAndReplace(i, reason, null, t, rng);
            }
        }
    }

    /**
     * Fans recommend their supplier to their ties (advocates at the advocacy rate, supporters half as often). A
     * friend open to switching, who is between suppliers in the sector or whose frustration has passed the point
     * where fans drop a rung, takes it up with the referral uptake: the frustrated one leaves for treatment, and
     * both look for a supplier with the fan's word in their ears. They choose as every prospect does, brand
     * included, with the fan among the friends whose opinion counts; the recommended supplier, if chosen, counts
     * the prospect as a referral. The word moves them to look, not past every brand.
     */
    void referrals(double t) {
        double perYear = ctx.behaviour.wordOfMouth().advocacyPerYear();
        double uptake = ctx.behaviour.wordOfMouth().referralUptake();
        int degree = ctx.network.degree;
        double perDay = Clock.perDay(ctx.book.size * perYear);
        if (perDay <= 0 || uptake <= 0 || degree == 0) {
            return;
        }
        int advocate = LoyaltyStage.ADVOCATE.ordinal();
        double gap = 1 / perDay;
        for (double x = Sampling.exponential(hazards, gap); x < 1; x += Sampling.exponential(hazards, gap)) {
            int i = hazards.nextInt(ctx.book.size);
            double u = hazards.nextDouble();
            int f = ctx.network.tie(i, hazards.nextInt(degree));
            long candidate = referralCandidates++;
            if (!ctx.book.fan(i) || ctx.book.stage(i) < advocate && u >= 0.5) {
                continue;
            }
            int k = ctx.book.supplier(i);
            boolean outside = !ctx.book.holds(f) && !ctx.book.returning(f);
            if (ctx.book.supplier(f) == k || ctx.book.pending(f) != RelationshipBook.NONE || outside) {
                continue;
            }
            SplitMixRandom rng = consequences.at(candidate, 1);
            if (!Sampling.chance(rng, uptake)) {
                continue;
            }
            long excluded = 0L;
            if (ctx.book.holds(f)) {
                int j = ctx.book.supplier(f);
                loyalty.decayTo(f, t);
                double frustration = ctx.book.totalFrustration(f);
                if (frustration <= ctx.behaviour.loyalty().dropAt() * loyalty.effectiveTolerance(f, j, t)) {
                    continue;
                }
                departures.leave(f, LeaveReason.TREATMENT, ctx.book.dominantDriver(f), t, rng);
                excluded |= 1L << j;
            }
            search.pursue(f, excluded, t, rng, k);
        }
    }
}
