package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Population;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.ContactBehaviourParams;
import uk.cxsim.model.params.PeopleParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Simulates one sector, a day at a time: sets up the suppliers' queued channels, draws the needs that arise hour
 * by hour, and runs the calendar of contact steps in time order, handing each to the {@link ChannelRouter} (a
 * contact begins, a caller reaches the queue) or the {@link ContactOutcome} (a contact ends); each day ends with
 * the relationships' daily events ({@link RelationshipLifecycle}). A sector touches only its own relationships,
 * suppliers and random streams, so sectors can run in parallel and give the same results whatever the thread
 * count.
 */
final class SectorEngine implements Serializable {
    private final SectorContext ctx;
    private final CxModel model;
    private final int sector;
    private final SectorParams params;
    private final PeopleParams people;
    private final Population population;
    private final RelationshipBook book;
    private final SupplierState[] suppliers;
    private final SupplierTally tally;
    private final HourlyTally hourly;
    private final EventCalendar calendar = new EventCalendar();
    private final ContactScheduler scheduler;
    private final QueuedChannel[][] queued;
    private final StaffingTables staffingTables;
    private final double[] ageContactMultiplier;
    private final double maxAgeContactMultiplier;
    private final double[] reasonMix;
    private final RelationshipLifecycle lifecycle;
    private final ChannelRouter router;
    private final ContactOutcome outcome;

    private final SplitMixRandom arrivals;
    private final NeedDraws needs;

    private long eventsProcessed;
    /** Candidate needs drawn so far, held or not: the key of each need's own stream. */
    private long candidates;

    SectorEngine(SectorContext ctx, HourlyTally hourly, RelationshipLifecycle lifecycle, PoolSizes start,
                 PoolSizes own, StaffingTables staffingTables, boolean steadyStatePools) {
        this.ctx = ctx;
        this.model = ctx.model;
        this.sector = ctx.sector;
        this.params = ctx.params;
        this.people = ctx.people;
        this.population = ctx.population;
        this.book = ctx.book;
        this.suppliers = ctx.suppliers;
        this.tally = ctx.tally;
        this.hourly = hourly;
        this.lifecycle = lifecycle;
        this.staffingTables = staffingTables;
        arrivals = ctx.stream(RandomStreams.Stream.ARRIVALS);
        needs = new NeedDraws(model.params.seed(), model.replication, sector);
        this.scheduler = new ContactScheduler(calendar, book, needs);

        int n = suppliers.length;
        queued = new QueuedChannel[n][Channel.COUNT];
        for (int j = 0; j < n; j++) {
            for (Channel c : Channel.values()) {
                if (c.kind() == Channel.Kind.QUEUED && suppliers[j].params.channel(c).offered()) {
                    queued[j][c.ordinal()] = queuedChannel(j, c, start, own, steadyStatePools);
                }
            }
        }
        int bands = people.ageBands().size();
        ageContactMultiplier = new double[bands];
        double maxMult = 0;
        for (int b = 0; b < bands; b++) {
            ageContactMultiplier[b] = people.ageBands().get(b).contactRateMultiplier();
            maxMult = Math.max(maxMult, ageContactMultiplier[b]);
        }
        maxAgeContactMultiplier = maxMult;
        reasonMix = params.reasonMix();
        FailureDemand failureDemand = new FailureDemand(tally, model.params.costs().costPerContact());
        router = new ChannelRouter(ctx, hourly, calendar, scheduler, failureDemand, queued, needs);
        outcome = new ContactOutcome(ctx, calendar, scheduler, failureDemand, lifecycle, needs);
    }

    private QueuedChannel queuedChannel(int j, Channel c, PoolSizes start, PoolSizes own, boolean steadyState) {
        SupplierParams sp = suppliers[j].params;
        ChannelParams cp = sp.channel(c);
        boolean callback = sp.callback() && c == Channel.PHONE;
        double[] pooling = start.pooling(params.name(), sp.name(), c, model.params.population(),
                model.params.customers(), own);
        int scope = (sector * 64 + j) * Channel.COUNT + c.ordinal();
        double[] expected = ExpectedDemand.arrivalsPerMinute(model.params, sector, j, c,
                suppliers[j].startingCustomers);
        return new QueuedChannel(c, cp, new OpeningHours(cp, model.params.calendar()), expected, (int) pooling[0],
                pooling[1], suppliers[j].startingCustomers,
                callback ? Double.POSITIVE_INFINITY : people.patienceMinutes() * cp.patienceMultiplier(),
                people.patienceCv(),
                callerHabits(sp, c),
                steadyState, staffingTables, RandomStreams.stream(model.params.seed(), model.replication, scope,
                        RandomStreams.Stream.BACKGROUND_CALLS));
    }

    private CallerHabits callerHabits(SupplierParams sp, Channel c) {
        ContactBehaviourParams contact = ctx.behaviour.contact();
        return new CallerHabits(contact.retryProbability(), contact.retryDelayMinutes(),
                c.kind() == Channel.Kind.QUEUED ? sp.transferRate() : 0, contact.maxTransfers());
    }

    /** A supplier's queued channel, or null if it does not offer it. */
    QueuedChannel queued(int supplier, Channel c) {
        return queued[supplier][c.ordinal()];
    }

    long eventsProcessed() {
        return eventsProcessed;
    }

    /**
     * Runs one day: prospects whose onboarding is over join, queues re-plan when a planning period starts, then
     * 24 hours of contacts, each hour's agents on duty counted, then the day's departures, arrivals and reputation.
     */
    void runDay(int day) {
        calendar.openDay(day);
        lifecycle.startOfDay(day);
        for (QueuedChannel[] row : queued) {
            for (QueuedChannel q : row) {
                if (q != null && q.replansOn(day)) {
                    q.replan(Clock.startOfDay(day));
                }
            }
        }
        for (int h = 0; h < Clock.HOURS_PER_DAY; h++) {
            double start = Clock.startOfHour(day, h);
            int hourOfWeek = Clock.hourOfWeek(day, h);
            generateContacts(start, start + Clock.MINUTES_PER_HOUR, hourOfWeek);
            drainUntil(start + Clock.MINUTES_PER_HOUR);
            countAgents(start + Clock.MINUTES_PER_HOUR, hourOfWeek, h);
        }
        for (int j = 0; j < queued.length; j++) {
            for (QueuedChannel q : queued[j]) {
                if (q != null) {
                    for (int h = 0; h < 24; h++) {
                        hourly.add(ctx.global(j), q.channel, h, HourlyTally.Measure.BUSY_MINUTES, q.newBusyMinutes(h));
                    }
                }
            }
        }
        lifecycle.endOfDay(day);
    }

    /** Background calls up to the end of the hour, and the hour's agents on duty and paid (sample scale). */
    private void countAgents(double end, int hourOfWeek, int hourOfDay) {
        for (int j = 0; j < queued.length; j++) {
            for (QueuedChannel q : queued[j]) {
                if (q == null) {
                    continue;
                }
                q.queue.advanceTo(end);
                double agents = q.agentsOnDuty(hourOfWeek);
                if (agents > 0) {
                    int g = ctx.global(j);
                    hourly.add(g, q.channel, hourOfDay, HourlyTally.Measure.AGENT_HOURS, agents);
                    tally.add(g, Metric.AGENT_HOURS_ON_DUTY, agents);
                    tally.add(g, Metric.AGENT_HOURS_PAID, agents * q.paidPerHourOnDuty());
                }
            }
        }
    }

    /**
     * New needs arrive as a Poisson process per relationship, thinned from a bound over all slots. Every candidate
     * draws its slot and thinning number whoever holds the slot, and a need takes its reason and everything after
     * from its own stream, keyed by the candidate's number: the arrivals stay in step between a base and a what-if.
     */
    private void generateContacts(double start, double end, int hourOfWeek) {
        double perMinute = book.size * params.contactsPerYear() * maxAgeContactMultiplier
                * model.params.calendar().intensity(hourOfWeek) / Clock.MINUTES_PER_YEAR;
        if (perMinute <= 0) {
            return;
        }
        double t = start + Sampling.exponential(arrivals, 1.0 / perMinute);
        while (t < end) {
            int i = arrivals.nextInt(book.size);
            double accept = arrivals.nextDouble() * maxAgeContactMultiplier;
            long candidate = candidates++;
            if (book.holds(i) && accept < ageContactMultiplier[population.ageBand(i)]) {
                needs.start(candidate);
                int reason = Sampling.categorical(needs.of(NeedDraws.Decision.REASON), reasonMix);
                tally.increment(ctx.global(book.supplier(i)), Metric.NEEDS);
                scheduler.schedule(EventCalendar.CONTACT, t, i, -1, reason, 0, 0, 0f, 0f);
            }
            t += Sampling.exponential(arrivals, 1.0 / perMinute);
        }
    }

    private void drainUntil(double end) {
        EventCalendar c = calendar;
        while (!c.isEmpty() && c.peekTime() < end) {
            int e = c.pop();
            int i = c.customer[e];
            if (c.epoch[e] == book.epoch(i) && book.holds(i)) {
                eventsProcessed++;
                needs.resume(c.draws[e]);
                switch (c.type[e]) {
                    case EventCalendar.CONTACT -> router.onContact(e);
                    case EventCalendar.QUEUE_ARRIVAL -> router.onQueueArrival(e);
                    default -> outcome.onContactEnd(e);
                }
            }
            c.release(e);
        }
    }
}
