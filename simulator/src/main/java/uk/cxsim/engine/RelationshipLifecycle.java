package uk.cxsim.engine;

import java.util.SplittableRandom;

import uk.cxsim.behaviour.Attrition;
import uk.cxsim.behaviour.BackgroundHazards;
import uk.cxsim.behaviour.Frustration;
import uk.cxsim.behaviour.LoyaltyLadder;
import uk.cxsim.behaviour.Sampling;
import uk.cxsim.behaviour.SupplierChoice;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.Population;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SocialNetwork;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.BehaviourParams;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.LoyaltyParams;
import uk.cxsim.model.params.PeopleParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * How relationships in one sector begin, grow, sour and end: frustration decay, the loyalty ladder, leaving
 * for treatment or for background reasons, choosing a new supplier as a prospect, win-back, and the word of
 * mouth that makes reputations.
 */
final class RelationshipLifecycle {
    /** Opinion a friend at each loyalty stage voices about their supplier. */
    private static final double[] STAGE_OPINION = {0, 0, 0.25, 0.5, 1.0};
    /** Days a friend keeps talking about the supplier they left because of treatment. */
    private static final int GRUDGE_DAYS = 365;

    private final CxModel model;
    private final int sector;
    private final SectorParams params;
    private final BehaviourParams behaviour;
    private final PeopleParams people;
    private final Population population;
    private final RelationshipBook book;
    private final SocialNetwork network;
    private final SupplierState[] suppliers;
    private final SupplierTally tally;
    private final double halfLifeMinutes;
    private final double[] startingShare;
    private final double[] offerPressure;
    private final double[] bestRivalReputation;
    /** Reused by each supplier search (a sector's lifecycle runs on one thread at a time). */
    private final double[] opinionBuffer;
    private final double[] utilityBuffer;
    /** Each supplier's offered channel most likely to answer a prospect. */
    private final ChannelParams[] mostResponsive;
    private final double hazardBound;
    private final double[] rates = new double[LeaveReason.COUNT];
    /** Former customers without a relationship, due to look for one again: customer, epoch. */
    private final DayAgenda reentries;
    /** Win-back approaches: customer, supplier left, day left. */
    private final DayAgenda winBackCalls;
    /** Prospects answered, joining once onboarding is done: customer, epoch. */
    private final DayAgenda joins;
    private final SegmentTally segments;

    private final SplittableRandom choice;
    private final SplittableRandom hazards;
    private final SplittableRandom winBack;

    RelationshipLifecycle(CxModel model, int sector, SupplierTally tally, SegmentTally segments) {
        this.model = model;
        this.sector = sector;
        this.params = model.params.sectors().get(sector);
        this.behaviour = model.params.behaviour();
        this.people = model.params.people();
        this.population = model.population;
        this.book = model.books[sector];
        this.network = model.network;
        this.tally = tally;
        this.segments = segments;
        this.halfLifeMinutes = behaviour.frustrationHalfLifeDays() * Clock.MINUTES_PER_DAY;
        int n = model.suppliersIn(sector);
        suppliers = new SupplierState[n];
        startingShare = new double[n];
        offerPressure = new double[n];
        bestRivalReputation = new double[n];
        double maxProduct = 0;
        double maxPressure = 0;
        mostResponsive = new ChannelParams[n];
        opinionBuffer = new double[n];
        utilityBuffer = new double[n];
        for (int j = 0; j < n; j++) {
            suppliers[j] = model.supplier(sector, j);
            startingShare[j] = suppliers[j].params.marketShare();
            mostResponsive[j] = mostResponsive(suppliers[j].params);
        }
        for (int j = 0; j < n; j++) {
            SupplierParams sp = suppliers[j].params;
            double rivals = 0;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    rivals += startingShare[k] * suppliers[k].params.campaignIntensity();
                }
            }
            double rest = 1 - startingShare[j];
            offerPressure[j] = rest > 0 ? rivals / rest * sp.priceIndex() : 0;
            maxPressure = Math.max(maxPressure, offerPressure[j]);
            maxProduct = Math.max(maxProduct, Math.exp(-sp.productQuality()));
        }
        reentries = new DayAgenda(model.params.totalDays(), 2);
        winBackCalls = new DayAgenda(model.params.totalDays(), 3);
        joins = new DayAgenda(model.params.totalDays(), 2);
        hazardBound = params.productDissatisfactionPerYear() * maxProduct
                + params.competitorOfferPerYear() * maxPressure
                * PopulationFactory.PRICE_SENSITIVITY_CAP * people.priceSensitivityMean()
                + people.naturalSwitchPerYear() + params.stopUsingPerYear();
        long seed = model.params.seed();
        choice = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.CHOICE);
        hazards = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.HAZARDS);
        winBack = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.WIN_BACK);
        updateRivals();
    }

    /** Gives each customer their starting relationship in this sector, if any. */
    void assignInitial(SplittableRandom rng) {
        LoyaltyParams loyalty = behaviour.loyalty();
        for (int i = 0; i < book.size; i++) {
            if (!Sampling.chance(rng, params.holdShare())) {
                continue;
            }
            int j = Sampling.categorical(rng, startingShare);
            int stage = Math.max(LoyaltyStage.CUSTOMER.ordinal(), Sampling.categorical(rng, loyalty.initialShare()));
            int tenure = (int) Math.round(Sampling.exponential(rng, loyalty.initialTenureYears() * 365));
            book.start(i, j, stage, -tenure, 0);
            suppliers[j].byStage[stage]++;
        }
        for (SupplierState s : suppliers) {
            s.startingCustomers = s.customers();
        }
    }

    /**
     * Customer i starts the run holding supplier j (or nothing: NONE) after an equilibrium start: counted at their
     * stage; without a relationship they will take one up again; a recent leaver is on the win-back list.
     */
    void started(int i, int j, SplittableRandom rng) {
        if (j != RelationshipBook.NONE) {
            suppliers[j].byStage[book.stage(i)]++;
        } else if (book.returning(i)) {
            comeBackLater(i, 0, rng);
        }
        int former = book.formerSupplier(i);
        if (former != RelationshipBook.NONE && former != j
                && -book.leftOn(i) <= behaviour.winBack().windowDays()) {
            bookWinBackCall(i, former, book.leftOn(i), 0, rng);
        }
    }

    // ----- frustration and the ladder ---------------------------------------------------------------------

    void decayTo(int i, double t) {
        double elapsed = t - book.updatedAt(i);
        if (elapsed > 0) {
            book.scaleFrustration(i, Frustration.decayFactor(elapsed, halfLifeMinutes), (int) t);
        }
    }

    /** A contact that went well: maybe a magic moment; positive moments move the customer up the ladder. */
    void goodMoment(int i, int j, double t, SplittableRandom rng) {
        SupplierParams sp = suppliers[j].params;
        LoyaltyParams loyalty = behaviour.loyalty();
        int stage = book.stage(i);
        double tenure = Clock.days(t) - book.since(i);
        boolean delighted = Sampling.chance(rng, sp.delightBudget());
        if (delighted) {
            tally.increment(global(j), Metric.DELIGHTS);
            book.scaleFrustration(i, 1 - loyalty.delightRelief(), book.updatedAt(i));
        }
        int moments = book.moments(i) + LoyaltyLadder.momentsEarned(loyalty, stage, tenure, delighted);
        if (LoyaltyLadder.climbs(loyalty, stage, moments, tenure)) {
            moveStage(i, j, stage + 1);
        } else {
            book.setMoments(i, moments);
        }
    }

    /** After a misery: an upset fan drops a rung (loudly); past tolerance, the customer leaves. */
    void afterMisery(int i, int j, double t) {
        double frustration = book.totalFrustration(i);
        double tolerance = effectiveTolerance(i, j, t);
        if (Attrition.leavesForTreatment(frustration, tolerance)) {
            leaveAndReplace(i, LeaveReason.TREATMENT, book.dominantDriver(i), t, choice);
            return;
        }
        int stage = book.stage(i);
        if (LoyaltyLadder.drops(behaviour.loyalty(), stage, frustration / tolerance)) {
            if (stage >= LoyaltyStage.SUPPORTER.ordinal()) {
                suppliers[j].negativeMentions += behaviour.wordOfMouth().loudness();
            }
            moveStage(i, j, stage - 1);
        }
    }

    double effectiveTolerance(int i, int j, double t) {
        SupplierState s = suppliers[j];
        double years = Clock.years(Math.max(0, Clock.days(t) - model.params.warmupDays()));
        return Attrition.effectiveTolerance(population.tolerance(i),
                behaviour.loyalty().toleranceMultiplier()[book.stage(i)], years, behaviour.toleranceTrendPerYear(),
                s.params.exitFriction(), behaviour.attrition().exitFrictionHold(),
                bestRivalReputation[j] - s.reputation, behaviour.attrition().alternativeSensitivity());
    }

    private void moveStage(int i, int j, int stage) {
        suppliers[j].byStage[book.stage(i)]--;
        suppliers[j].byStage[stage]++;
        book.setStage(i, stage);
        book.setMoments(i, 0);
    }

    // ----- leaving and joining ----------------------------------------------------------------------------

    /** Ends the relationship for one reason and, if the customer still wants the service, finds another. */
    void leaveAndReplace(int i, LeaveReason reason, Driver driver, double t, SplittableRandom rng) {
        int j = book.supplier(i);
        leave(i, reason, driver, t, rng);
        if (reason == LeaveReason.DIED) {
            return;
        }
        boolean abandons = reason == LeaveReason.TREATMENT
                && Sampling.chance(rng, behaviour.attrition().abandonSectorShare());
        if (abandons) {
            tally.increment(global(j), Metric.TREATMENT_LEFT_SECTOR);
        }
        if (!reason.seeksReplacement() || abandons) {
            comeBackLater(i, t, rng);
            return;
        }
        pursue(i, 1L << j, t, rng);
    }

    /**
     * Ends customer i's relationship, recording exactly one reason (and the dominant driver for treatment). A
     * supplier who leaves the door open books its first win-back call.
     */
    void leave(int i, LeaveReason reason, Driver driver, double t, SplittableRandom rng) {
        int j = book.supplier(i);
        SupplierState s = suppliers[j];
        int g = global(j);
        int stage = book.stage(i);
        tally.increment(g, Metric.left(reason));
        if (reason == LeaveReason.TREATMENT) {
            tally.increment(g, Metric.driver(driver));
            s.negativeMentions += stage >= LoyaltyStage.SUPPORTER.ordinal() ? behaviour.wordOfMouth().loudness() : 1;
        }
        if (reason.seeksReplacement()) {
            s.negativeMentions += behaviour.wordOfMouth().exitFrictionMentions() * s.params.exitFriction();
        }
        s.byStage[stage]--;
        segments.left(i, population.ageBand(i), reason);
        book.end(i, reason.ordinal(), day(t));
        if (reason != LeaveReason.DIED) {
            bookWinBackCall(i, j, day(t), day(t), rng);
        }
    }

    /** The next win-back approach by the supplier left on {@code leftDay}, if it falls within the window. */
    private void bookWinBackCall(int i, int j, int leftDay, int today, SplittableRandom rng) {
        double rate = behaviour.winBack().attemptsPerYear() * suppliers[j].params.doorOpen();
        if (rate <= 0) {
            return;
        }
        double next = today + Sampling.exponential(rng, Clock.DAYS_PER_YEAR / rate);
        if (next - leftDay <= behaviour.winBack().windowDays()) {
            winBackCalls.add((int) next, i, j, leftDay);
        }
    }

    /** A customer without a relationship in the sector takes one up again after a while. */
    private void comeBackLater(int i, double t, SplittableRandom rng) {
        double rate = behaviour.attrition().reentryPerYear();
        book.setReturning(i);
        if (rate > 0) {
            reentries.add((int) (day(t) + Sampling.exponential(rng, Clock.DAYS_PER_YEAR / rate)), i, book.epoch(i));
        }
    }

    /**
     * The customer looks for a supplier as a prospect: picks one by logit, approaches it through their preferred
     * channel, and tries the next if not answered in time. The supplier that answers in time takes them on once
     * its response and onboarding delay is over.
     *
     * @return the supplier being joined, or -1 if none answered
     */
    int pursue(int i, long excluded, double t, SplittableRandom rng) {
        int n = suppliers.length;
        double[] opinion = friendOpinion(i, day(t));
        double[] utility = utilityBuffer;
        for (int k = 0; k < n; k++) {
            SupplierState s = suppliers[k];
            utility[k] = SupplierChoice.utility(behaviour.choice(), s.reputation, s.params.priceIndex(),
                    population.priceSensitivity(i) / people.priceSensitivityMean(), s.miseryRate, opinion[k],
                    startingShare[k]);
        }
        while (true) {
            int k = SupplierChoice.choose(rng, utility, excluded);
            if (k < 0) {
                comeBackLater(i, t, rng);
                return -1;
            }
            if (approach(i, k, t, false, rng)) {
                return k;
            }
            excluded |= 1L << k;
        }
    }

    /**
     * A prospect approaches supplier k through their preferred channel. Answered before their patience runs out,
     * they join once the response and onboarding delay is over; otherwise the supplier has lost a prospect.
     */
    private boolean approach(int i, int k, double t, boolean referred, SplittableRandom rng) {
        int g = global(k);
        tally.increment(g, Metric.PROSPECTS);
        if (referred) {
            tally.increment(g, Metric.REFERRALS);
        }
        ChannelParams cp = prospectChannel(k, population.preferredChannel(i));
        boolean answered = Sampling.chance(rng, cp.prospectAnswerProbability());
        double delay = Sampling.exponential(rng, cp.prospectResponseDays()) + suppliers[k].params.onboardingDays();
        double patience = Sampling.exponential(rng, people.prospectPatienceDays());
        if (answered && delay <= patience) {
            book.setPending(i, k, referred);
            joins.add((int) Math.floor(Clock.days(t) + delay), i, book.epoch(i));
            return true;
        }
        tally.increment(g, Metric.LOST_PROSPECTS);
        return false;
    }

    void join(int i, int k, double t) {
        int former = book.formerSupplier(i);
        if (former != RelationshipBook.NONE && former != k) {
            // a move between rivals: the gain and the loss are counted together, so they net to zero in the sector
            tally.increment(global(k), Metric.GAINED_FROM_RIVALS);
            tally.increment(global(former), Metric.LOST_TO_RIVALS);
            if (book.formerReason(i) == LeaveReason.TREATMENT.ordinal()) {
                tally.increment(global(former), Metric.LOST_TO_RIVALS_AFTER_TREATMENT);
            }
        }
        book.start(i, k, LoyaltyStage.CUSTOMER.ordinal(), day(t), (int) t);
        suppliers[k].byStage[LoyaltyStage.CUSTOMER.ordinal()]++;
        tally.increment(global(k), Metric.JOINED);
    }

    /** Prospects whose onboarding ends today start their relationship at the start of the day. */
    void startOfDay(int day) {
        double t = Clock.startOfDay(day);
        for (int k = 0; k < joins.count(day); k++) {
            int i = joins.get(day, k, 0);
            int j = book.pending(i);
            if (j == RelationshipBook.NONE || book.holds(i) || book.epoch(i) != joins.get(day, k, 1)) {
                continue;
            }
            boolean referred = book.pendingReferred(i);
            join(i, j, t);
            if (referred) {
                tally.increment(global(j), Metric.JOINED_BY_REFERRAL);
            }
        }
        joins.clear(day);
    }

    /** A prospect uses their preferred channel if offered, otherwise the one most likely to answer. */
    private ChannelParams prospectChannel(int k, int preferred) {
        SupplierParams sp = suppliers[k].params;
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
        int from = i * network.degree;
        for (int m = 0; m < network.degree; m++) {
            int f = network.ties[from + m];
            int g = book.supplier(f);
            if (g != RelationshipBook.NONE) {
                opinion[g] += STAGE_OPINION[book.stage(f)];
            }
            int former = book.formerSupplier(f);
            if (former != RelationshipBook.NONE && book.formerReason(f) == LeaveReason.TREATMENT.ordinal()
                    && today - book.leftOn(f) <= GRUDGE_DAYS) {
                opinion[former] -= 1;
            }
        }
        return opinion;
    }

    // ----- the end of each day ------------------------------------------------------------------------------

    void endOfDay(int day) {
        double t = Clock.startOfDay(day + 1);
        backgroundDepartures(t);
        reenter(day, t);
        answerWinBackCalls(day, t);
        referrals(t);
        updateReputation();
    }

    /** Product, competitor-offer, natural-switching and stop-using departures: competing hazards, thinned. */
    private void backgroundDepartures(double t) {
        double perDay = Clock.perDay(book.size * hazardBound);
        if (perDay <= 0) {
            return;
        }
        for (double x = Sampling.exponential(hazards, 1 / perDay); x < 1; x += Sampling.exponential(hazards, 1 / perDay)) {
            int i = hazards.nextInt(book.size);
            double u = hazards.nextDouble() * hazardBound;
            if (!book.holds(i)) {
                continue;
            }
            int j = book.supplier(i);
            SupplierParams sp = suppliers[j].params;
            double total = BackgroundHazards.rates(rates, params.productDissatisfactionPerYear(), sp.productQuality(),
                    params.competitorOfferPerYear(), offerPressure[j],
                    population.priceSensitivity(i) / people.priceSensitivityMean(),
                    population.naturalSwitcher(i) ? people.naturalSwitchPerYear() : 0, params.stopUsingPerYear());
            if (u < total) {
                LeaveReason reason = LeaveReason.of(Sampling.categorical(hazards, rates));
                leaveAndReplace(i, reason, null, t, hazards);
            }
        }
    }

    /**
     * Fans recommend their supplier to their ties (advocates at the advocacy rate, supporters half as often). A
     * friend open to switching, who is between suppliers in the sector or whose frustration has passed the point
     * where fans drop a rung, takes it up with the referral uptake: the frustrated one leaves for treatment, and
     * both approach the recommended supplier as a prospect (the friend's word, not a better deal, moves them).
     */
    private void referrals(double t) {
        double perYear = behaviour.wordOfMouth().advocacyPerYear();
        double uptake = behaviour.wordOfMouth().referralUptake();
        int degree = network.degree;
        double perDay = Clock.perDay(book.size * perYear);
        if (perDay <= 0 || uptake <= 0 || degree == 0) {
            return;
        }
        int advocate = LoyaltyStage.ADVOCATE.ordinal();
        for (double x = Sampling.exponential(hazards, 1 / perDay); x < 1; x += Sampling.exponential(hazards, 1 / perDay)) {
            int i = hazards.nextInt(book.size);
            if (!book.fan(i)) {
                continue;
            }
            double u = hazards.nextDouble();
            int f = network.ties[i * degree + hazards.nextInt(degree)];
            if (book.stage(i) < advocate && u >= 0.5) {
                continue;
            }
            int k = book.supplier(i);
            boolean outside = !book.holds(f) && !book.returning(f);
            if (book.supplier(f) == k || book.pending(f) != RelationshipBook.NONE || outside
                    || !Sampling.chance(hazards, uptake)) {
                continue;
            }
            long excluded = 1L << k;
            if (book.holds(f)) {
                int j = book.supplier(f);
                decayTo(f, t);
                double frustration = book.totalFrustration(f);
                if (frustration <= behaviour.loyalty().dropAt() * effectiveTolerance(f, j, t)) {
                    continue;
                }
                leave(f, LeaveReason.TREATMENT, book.dominantDriver(f), t, hazards);
                excluded |= 1L << j;
            }
            if (!approach(f, k, t, true, hazards)) {
                pursue(f, excluded, t, hazards);
            }
        }
    }

    /** Former customers without a relationship in the sector take one up again. */
    private void reenter(int day, double t) {
        for (int k = 0; k < reentries.count(day); k++) {
            int i = reentries.get(day, k, 0);
            if (book.holds(i) || book.epoch(i) != reentries.get(day, k, 1) || book.pending(i) != RelationshipBook.NONE) {
                continue;
            }
            int former = book.formerSupplier(i);
            boolean angry = former != RelationshipBook.NONE && book.formerReason(i) == LeaveReason.TREATMENT.ordinal();
            pursue(i, angry ? 1L << former : 0L, t, hazards);
        }
        reentries.clear(day);
    }

    /** Suppliers who leave the door open call recent leavers; some come back, others get called again. */
    private void answerWinBackCalls(int day, double t) {
        for (int k = 0; k < winBackCalls.count(day); k++) {
            int i = winBackCalls.get(day, k, 0);
            int former = winBackCalls.get(day, k, 1);
            int leftDay = winBackCalls.get(day, k, 2);
            if (book.formerSupplier(i) != former || book.leftOn(i) != leftDay || book.supplier(i) == former
                    || book.pending(i) != RelationshipBook.NONE) {
                continue;
            }
            SupplierParams sp = suppliers[former].params;
            boolean angry = book.formerReason(i) == LeaveReason.TREATMENT.ordinal();
            double accept = behaviour.winBack().acceptance() * (angry ? behaviour.winBack().treatmentPenalty() : 1)
                    * (1 - sp.exitFriction());
            if (!Sampling.chance(winBack, accept)) {
                bookWinBackCall(i, former, leftDay, day, winBack);
                continue;
            }
            if (book.holds(i)) {
                leave(i, LeaveReason.WON_BACK, null, t, winBack);
            }
            join(i, former, t);
            tally.increment(global(former), Metric.WON_BACK);
        }
        winBackCalls.clear(day);
    }

    /** Reputation follows net word of mouth per customer; the misery rate follows what contacts are like. */
    private void updateReputation() {
        double memory = behaviour.wordOfMouth().memoryDays();
        double advocacy = Clock.perDay(behaviour.wordOfMouth().advocacyPerYear());
        for (SupplierState s : suppliers) {
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
        for (int j = 0; j < suppliers.length; j++) {
            double best = suppliers.length > 1 ? Double.NEGATIVE_INFINITY : suppliers[j].reputation;
            for (int k = 0; k < suppliers.length; k++) {
                if (k != j) {
                    best = Math.max(best, suppliers[k].reputation);
                }
            }
            bestRivalReputation[j] = best;
        }
    }

    private int global(int local) {
        return model.firstSupplier[sector] + local;
    }

    private static int day(double t) {
        return Clock.day(t);
    }
}
