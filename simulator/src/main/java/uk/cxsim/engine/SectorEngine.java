package uk.cxsim.engine;

import static uk.cxsim.engine.ContactFlags.ABANDONED;
import static uk.cxsim.engine.ContactFlags.APPOINTMENT;
import static uk.cxsim.engine.ContactFlags.HAD_MISERY;
import static uk.cxsim.engine.ContactFlags.MISERY_MASK;
import static uk.cxsim.engine.ContactFlags.REPEAT;
import static uk.cxsim.engine.ContactFlags.RESOLVED;
import static uk.cxsim.engine.ContactFlags.RETRY;
import static uk.cxsim.engine.ContactFlags.SALE_LOST;
import static uk.cxsim.engine.ContactFlags.SWITCHED;
import static uk.cxsim.engine.ContactFlags.TRANSFERRED;
import static uk.cxsim.engine.ContactFlags.TRANSFER_NOW;
import static uk.cxsim.engine.ContactFlags.has;

import java.util.SplittableRandom;

import uk.cxsim.behaviour.ChannelChoice;
import uk.cxsim.behaviour.ChannelEffort;
import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.ContactReason;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.Population;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.BehaviourParams;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.PeopleParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Simulates one sector, a day at a time: contacts arrive hour by hour and travel through channels, automated
 * menus, queues and agents; each moment of truth updates the customer's frustration, loyalty and decision to
 * stay. A sector touches only its own relationships, suppliers and random streams, so sectors can run in
 * parallel and give the same results whatever the thread count.
 */
final class SectorEngine {
    /** Minutes a self-service task or a completed digital sale takes. */
    private static final double SELF_SERVICE_MINUTES = 5.0;

    private final CxModel model;
    private final int sector;
    private final SectorParams params;
    private final BehaviourParams behaviour;
    private final PeopleParams people;
    private final Population population;
    private final RelationshipBook book;
    private final SupplierState[] suppliers;
    private final SupplierTally tally;
    private final HourlyTally hourly;
    private final EventCalendar calendar = new EventCalendar();
    private final QueuedChannel[][] queued;
    private final StaffingTables staffingTables;
    private final double[][] effort;
    /** Channels each supplier offers, as a mask by Channel ordinal. */
    private final int[] offeredMask;
    private static final int SELF_SERVICE_MASK = selfServiceMask();
    private final double[][] channelTaste;
    private final double[] ageContactMultiplier;
    private final double maxAgeContactMultiplier;
    private final double[] reasonMix;
    private final RelationshipLifecycle lifecycle;

    private final SplittableRandom arrivals;
    private final SplittableRandom journey;
    private final SplittableRandom service;

    private long eventsProcessed;

    SectorEngine(CxModel model, int sector, SupplierTally tally, HourlyTally hourly, RelationshipLifecycle lifecycle,
                 PoolSizes start, PoolSizes own, StaffingTables staffingTables, boolean steadyStatePools) {
        this.model = model;
        this.sector = sector;
        this.params = model.params.sectors().get(sector);
        this.behaviour = model.params.behaviour();
        this.people = model.params.people();
        this.population = model.population;
        this.book = model.books[sector];
        this.tally = tally;
        this.hourly = hourly;
        this.lifecycle = lifecycle;
        this.staffingTables = staffingTables;
        int n = model.suppliersIn(sector);
        suppliers = new SupplierState[n];
        for (int j = 0; j < n; j++) {
            suppliers[j] = model.supplier(sector, j);
        }
        long seed = model.params.seed();
        arrivals = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.ARRIVALS);
        journey = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.JOURNEY);
        service = RandomStreams.stream(seed, model.replication, sector, RandomStreams.Stream.SERVICE);

        queued = new QueuedChannel[n][Channel.COUNT];
        effort = new double[n][Channel.COUNT];
        offeredMask = new int[n];
        for (int j = 0; j < n; j++) {
            SupplierParams sp = suppliers[j].params;
            for (Channel c : Channel.values()) {
                ChannelParams cp = sp.channel(c);
                if (!cp.offered()) {
                    continue;
                }
                offeredMask[j] |= 1 << c.ordinal();
                effort[j][c.ordinal()] = ChannelEffort.expectedMinutes(sp, c, behaviour.contact().searchMinutes());
                if (c.kind() == Channel.Kind.QUEUED) {
                    queued[j][c.ordinal()] = queuedChannel(j, c, start, own, steadyStatePools);
                }
            }
        }
        int bands = people.ageBands().size();
        channelTaste = new double[bands][];
        ageContactMultiplier = new double[bands];
        double maxMult = 0;
        for (int b = 0; b < bands; b++) {
            channelTaste[b] = people.ageBands().get(b).channelPreference();
            ageContactMultiplier[b] = people.ageBands().get(b).contactRateMultiplier();
            maxMult = Math.max(maxMult, ageContactMultiplier[b]);
        }
        maxAgeContactMultiplier = maxMult;
        reasonMix = params.reasonMix();
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
                callback ? Double.POSITIVE_INFINITY : people.patienceMinutes(), people.patienceCv(),
                new CallerHabits(behaviour.contact().retryProbability(), behaviour.contact().retryDelayMinutes(),
                        c.kind() == Channel.Kind.QUEUED ? sp.transferRate() : 0, behaviour.contact().maxTransfers()),
                steadyState, staffingTables, RandomStreams.stream(model.params.seed(), model.replication, scope,
                        RandomStreams.Stream.BACKGROUND_CALLS));
    }

    /** A supplier's queued channel, or null if it does not offer it. */
    QueuedChannel queued(int supplier, Channel c) {
        return queued[supplier][c.ordinal()];
    }

    long eventsProcessed() {
        return eventsProcessed;
    }

    /**
     * Runs one day: prospects whose onboarding is over join, queues re-plan when a planning period starts, then 24 hours of contacts, each hour's agents on
     * duty counted, then the day's departures, arrivals and reputation.
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
                        hourly.add(global(j), q.channel, h, HourlyTally.Measure.BUSY_MINUTES, q.newBusyMinutes(h));
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
                    int g = global(j);
                    hourly.add(g, q.channel, hourOfDay, HourlyTally.Measure.AGENT_HOURS, agents);
                    tally.add(g, Metric.AGENT_HOURS_ON_DUTY, agents);
                    tally.add(g, Metric.AGENT_HOURS_PAID, agents * q.paidPerHourOnDuty());
                }
            }
        }
    }

    /** New needs arrive as a Poisson process per relationship, thinned from a bound over all slots. */
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
            if (book.holds(i) && accept < ageContactMultiplier[population.ageBand(i)]) {
                int reason = Sampling.categorical(arrivals, reasonMix);
                tally.increment(global(book.supplier(i)), Metric.NEEDS);
                schedule(EventCalendar.CONTACT, t, i, -1, reason, 0, 0, 0f, 0f);
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
                switch (c.type[e]) {
                    case EventCalendar.CONTACT -> onContact(e);
                    case EventCalendar.QUEUE_ARRIVAL -> onQueueArrival(e);
                    default -> onContactEnd(e);
                }
            }
            c.release(e);
        }
    }

    private void schedule(byte type, double time, int customer, int channel, int reason, int flags, int attempts,
                          float trapMinutes, float waitFactor) {
        EventCalendar c = calendar;
        int e = c.allocate();
        c.type[e] = type;
        c.time[e] = time;
        c.customer[e] = customer;
        c.channel[e] = (byte) channel;
        c.reason[e] = (byte) reason;
        c.flags[e] = flags;
        c.attempts[e] = (byte) Math.min(attempts, 127);
        c.trapMinutes[e] = trapMinutes;
        c.waitFactor[e] = waitFactor;
        c.epoch[e] = book.epoch(customer);
        c.push(e);
    }

    // ----- a contact begins ------------------------------------------------------------------------------

    private void onContact(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        double t = c.time[e];
        int j = book.supplier(i);
        SupplierParams sp = suppliers[j].params;
        int flags = c.flags[e];
        int attempts = c.attempts[e];
        int reason = c.reason[e];
        int ch = c.channel[e];
        float trap = c.trapMinutes[e];
        float wait = c.waitFactor[e];
        int g = global(j);

        if (attempts >= behaviour.contact().maxAttempts()) {
            tally.increment(g, Metric.GAVE_UP);
            return;
        }
        if (ch < 0) {
            int preferred = population.preferredChannel(i);
            if (sp.channels()[preferred].offered()) {
                ch = preferred;
            } else {
                flags |= Driver.CHANNEL_UNAVAILABLE.bit();
                ch = fallback(i, j, ContactFlags.tried(flags) | (1 << preferred), false);
                if (ch < 0) {
                    return;
                }
            }
        }
        QueuedChannel q = queued[j][ch];
        if (q != null && !q.hours.isOpen(t)) {
            // the need arose while the channel is closed: the customer gets in touch at a time of the open hours
            schedule(EventCalendar.CONTACT, q.hours.deferred(t, journey), i, ch, reason, flags, attempts, trap, wait);
            return;
        }
        flags = ContactFlags.withTried(flags, ch);
        tally.increment(g, Metric.CONTACTS);
        suppliers[j].contactsToday++;
        if (has(flags, REPEAT)) {
            tally.increment(g, Metric.REPEAT_CONTACTS);
        }
        if (has(flags, RETRY)) {
            tally.increment(g, Metric.RETRIES);
        }
        countAvoidable(g, ch, flags);
        flags = (flags & ~ContactFlags.LEG_MASK) | (has(flags, RETRY) ? ContactFlags.QUEUE_RETRY : 0);
        Channel channel = Channel.of(ch);
        switch (channel.kind()) {
            case SELF_SERVICE -> selfService(i, j, ch, reason, flags, attempts, t, trap, wait);
            case ASYNC -> writtenContact(i, j, ch, reason, flags, attempts, t, trap, wait);
            case QUEUED -> queuedContact(i, j, channel, reason, flags, attempts, t, trap, wait);
        }
    }

    private void selfService(int i, int j, int ch, int reason, int flags, int attempts, double t, float trap,
                             float wait) {
        SupplierParams sp = suppliers[j].params;
        ChannelParams cp = sp.channels()[ch];
        if (reason == ContactReason.SALES.ordinal()) {
            int outcome = cp.canOrder() ? RESOLVED : SALE_LOST;
            schedule(EventCalendar.CONTACT_END, t + SELF_SERVICE_MINUTES, i, ch, reason, flags | outcome, attempts,
                    trap, wait);
            return;
        }
        boolean foundHelp = Sampling.chance(journey, sp.helpFindability());
        if (foundHelp && Sampling.chance(journey, cp.selfServiceSuccess())) {
            schedule(EventCalendar.CONTACT_END, t + SELF_SERVICE_MINUTES, i, ch, reason, flags | RESOLVED, attempts,
                    trap, wait);
            return;
        }
        double searched = Sampling.exponential(journey, behaviour.contact().searchMinutes());
        tally.add(global(j), Metric.SEARCH_MINUTES, searched);
        flags |= Driver.TRAPPED_IN_SELF_SERVICE.bit();
        switchChannel(i, j, ch, reason, flags, attempts, t + searched, (float) (trap + searched), wait);
    }

    private void writtenContact(int i, int j, int ch, int reason, int flags, int attempts, double t, float trap,
                                float wait) {
        ChannelParams cp = suppliers[j].params.channels()[ch];
        double acceptable = people.acceptableAsyncHours() * Clock.MINUTES_PER_HOUR;
        if (Sampling.chance(journey, cp.answerProbability())) {
            double response = Sampling.exponential(service, cp.responseHours() * Clock.MINUTES_PER_HOUR);
            if (response > acceptable) {
                flags |= Driver.WAITED_TOO_LONG.bit();
                wait = Math.max(wait, waitFactor(response / acceptable));
            }
            flags = agentHandles(i, j, ch, reason, flags);
            schedule(EventCalendar.CONTACT_END, t + response, i, ch, reason, flags, attempts, trap, wait);
        } else {
            flags |= Driver.WAITED_TOO_LONG.bit();
            wait = Math.max(wait, (float) behaviour.misery().waitCap());
            switchChannel(i, j, ch, reason, flags, attempts, t + 2 * acceptable, trap, wait);
        }
    }

    private void queuedContact(int i, int j, Channel channel, int reason, int flags, int attempts, double t,
                               float trap, float wait) {
        SupplierParams sp = suppliers[j].params;
        ChannelParams cp = sp.channel(channel);
        int ch = channel.ordinal();
        if (has(flags, APPOINTMENT)) {
            flags = agentHandles(i, j, ch, reason, flags);
            double end = t + Sampling.exponential(service, cp.handleMinutes());
            schedule(EventCalendar.CONTACT_END, end, i, ch, reason, flags, attempts, trap, wait);
            return;
        }
        boolean needsAppointment = channel == Channel.BRANCH && cp.appointmentLeadDays() > 0
                && (reason == ContactReason.PROBLEM.ordinal() || reason == ContactReason.SALES.ordinal());
        if (needsAppointment) {
            double lead = cp.appointmentLeadDays();
            if (lead > people.acceptableLeadDays()) {
                flags |= Driver.WAITED_TOO_LONG.bit();
                wait = Math.max(wait, waitFactor(lead / people.acceptableLeadDays()));
            }
            schedule(EventCalendar.CONTACT, t + lead * Clock.MINUTES_PER_DAY, i, ch, reason, flags | APPOINTMENT,
                    attempts, trap, wait);
            return;
        }
        double trapped = 0;
        if (channel == Channel.PHONE && Sampling.chance(journey, sp.ivr().trapShare())) {
            trapped = Sampling.exponential(journey, sp.ivr().trapMinutes());
            if (sp.ivr().escapeHatch()) {
                // "press 0 for a person": a short detour through the menu, not a trap
                trapped = Math.min(trapped, sp.ivr().escapeMinutes());
            } else {
                flags |= Driver.TRAPPED_IN_SELF_SERVICE.bit();
                int g = global(j);
                tally.increment(g, Metric.TRAPPED);
                tally.add(g, Metric.TRAPPED_MINUTES, trapped);
            }
        }
        if (trapped > 0) {
            schedule(EventCalendar.QUEUE_ARRIVAL, t + trapped, i, ch, reason, flags, attempts,
                    (float) (trap + trapped), wait);
        } else {
            joinQueue(i, j, ch, reason, flags, attempts, t, trap, wait);
        }
    }

    // ----- the queue --------------------------------------------------------------------------------------

    private void onQueueArrival(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        joinQueue(i, book.supplier(i), c.channel[e], c.reason[e], c.flags[e], c.attempts[e], c.time[e],
                c.trapMinutes[e], c.waitFactor[e]);
    }

    /**
     * The customer joins the agent queue at time t. Callers reach here in time order (straight from a contact
     * at the head of the calendar, or from a queue-arrival event), which the FIFO queue requires.
     */
    private void joinQueue(int i, int j, int ch, int reason, int flags, int attempts, double t, float trap,
                           float wait) {
        SupplierParams sp = suppliers[j].params;
        Channel channel = Channel.of(ch);
        QueuedChannel qc = queued[j][ch];
        if (!qc.hours.isOpen(t)) {
            // the line closed while the caller was in the automated menu: they call again in the open hours
            schedule(EventCalendar.CONTACT, qc.hours.deferred(t, journey), i, ch, reason, flags | RETRY,
                    attempts + 1, trap, wait);
            return;
        }
        boolean callback = sp.callback() && channel == Channel.PHONE;
        double patience = callback ? Double.POSITIVE_INFINITY
                : Sampling.exponential(service, population.patienceMinutes(i));
        double handle = Sampling.exponential(service, sp.channel(channel).handleMinutes());
        qc.record(t, has(flags, ContactFlags.QUEUE_RETRY | TRANSFERRED));
        flags &= ~ContactFlags.QUEUE_RETRY;
        CallPool q = qc.queue;
        boolean answered = q.offer(t, patience, handle);
        double waited = q.lastWait();

        int g = global(j);
        int hour = Clock.hourOfDay(t);
        tally.increment(g, Metric.QUEUED);
        tally.add(g, Metric.WAIT_MINUTES, waited);
        hourly.add(g, channel, hour, HourlyTally.Measure.ARRIVALS, 1);
        hourly.add(g, channel, hour, HourlyTally.Measure.WAIT_MINUTES, waited);
        hourly.add(g, channel, hour, HourlyTally.Measure.OFFERED_MINUTES, handle);
        if (waited > 0) {
            hourly.add(g, channel, hour, HourlyTally.Measure.WAITED, 1);
        }
        if (answered && waited <= qc.withinMinutes) {
            tally.increment(g, Metric.ANSWERED_IN_TARGET);
            hourly.add(g, channel, hour, HourlyTally.Measure.ANSWERED_IN_TARGET, 1);
        }
        double acceptable = population.acceptableWaitMinutes(i);
        if (!answered) {
            tally.increment(g, Metric.ABANDONED);
            hourly.add(g, channel, hour, HourlyTally.Measure.ABANDONED, 1);
            flags |= Driver.WAITED_TOO_LONG.bit() | ABANDONED;
            wait = Math.max(wait, waitFactor(waited / acceptable));
            schedule(EventCalendar.CONTACT_END, q.lastEnd(), i, ch, reason, flags, attempts, trap, wait);
            return;
        }
        tally.increment(g, Metric.ANSWERED);
        if (waited > acceptable) {
            flags |= Driver.WAITED_TOO_LONG.bit();
            double factor = waitFactor(waited / acceptable);
            if (callback) {
                factor *= 1 - behaviour.misery().callbackRelief();
            }
            wait = Math.max(wait, (float) factor);
        }
        flags = agentHandles(i, j, ch, reason, flags);
        schedule(EventCalendar.CONTACT_END, q.lastEnd(), i, ch, reason, flags, attempts, trap, wait);
    }

    /** What happens with the agent: do they know the customer, must the story be told again, is it resolved. */
    private int agentHandles(int i, int j, int ch, int reason, int flags) {
        SupplierParams sp = suppliers[j].params;
        boolean context = Sampling.chance(journey, sp.crm().context());
        boolean carried = context
                && (!has(flags, TRANSFERRED) || sp.crm().followsTransfer())
                && (!has(flags, SWITCHED) || sp.crm().followsChannelSwitch());
        if (has(flags, REPEAT | TRANSFERRED | SWITCHED) && !carried) {
            flags |= Driver.REPEAT_INFORMATION.bit();
            tally.add(global(j), Metric.REPEAT_MINUTES, behaviour.contact().repeatMinutes());
        }
        boolean historyMatters = has(flags, REPEAT) || reason == ContactReason.PROBLEM.ordinal()
                || reason == ContactReason.COMPLAINT.ordinal() || book.stage(i) >= LoyaltyStage.CLIENT.ordinal();
        if (!context && historyMatters) {
            flags |= Driver.AGENT_DOES_NOT_KNOW_HISTORY.bit();
        }
        boolean canTransfer = Channel.of(ch).kind() == Channel.Kind.QUEUED;
        if (canTransfer && ContactFlags.transfers(flags) < behaviour.contact().maxTransfers()
                && Sampling.chance(journey, sp.transferRate())) {
            return flags | TRANSFER_NOW;
        }
        if (reason == ContactReason.SALES.ordinal()) {
            return flags | (sp.channels()[ch].canOrder() ? RESOLVED : SALE_LOST);
        }
        double resolution = sp.firstContactResolution();
        if (!Sampling.chance(journey, sp.empowerment())) {
            resolution *= behaviour.contact().unempoweredResolution();
        }
        return Sampling.chance(journey, resolution) ? flags | RESOLVED : flags;
    }

    private void switchChannel(int i, int j, int from, int reason, int flags, int attempts, double t, float trap,
                               float wait) {
        int next = fallback(i, j, ContactFlags.tried(flags) | (1 << from), true);
        if (next < 0) {
            schedule(EventCalendar.CONTACT_END, t, i, from, reason, flags, attempts, trap, wait);
            return;
        }
        tally.increment(global(j), Metric.CHANNEL_SWITCHES);
        schedule(EventCalendar.CONTACT, t, i, next, reason, flags | SWITCHED | ContactFlags.SWITCH_NOW, attempts + 1,
                trap, wait);
    }

    /** A fallback channel among those offered and not excluded; -1 if none is left. */
    private int fallback(int i, int j, int excluded, boolean assistedOnly) {
        int allowed = offeredMask[j] & ~excluded & (assistedOnly ? ~SELF_SERVICE_MASK : ~0);
        return ChannelChoice.fallback(journey, channelTaste[population.ageBand(i)], effort[j], allowed,
                behaviour.choice().effortScaleMinutes());
    }

    private static int selfServiceMask() {
        int mask = 0;
        for (Channel c : Channel.values()) {
            if (c.kind() == Channel.Kind.SELF_SERVICE) {
                mask |= 1 << c.ordinal();
            }
        }
        return mask;
    }

    private float waitFactor(double ratio) {
        return (float) Math.min(behaviour.misery().waitCap(), Math.max(1.0, ratio));
    }

    // ----- the contact ends: the moment of truth ----------------------------------------------------------

    private void onContactEnd(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        double t = c.time[e];
        int j = book.supplier(i);
        int g = global(j);
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
            tally.increment(g, Metric.TRANSFERS);
            avoidable(g, ch, Metric.AVOIDABLE_TRANSFERS, Metric.FAILURE_TRANSFERS_GBP);
            next = ContactFlags.withTransfers(next, ContactFlags.transfers(flags) + 1) | TRANSFERRED;
            schedule(EventCalendar.QUEUE_ARRIVAL, t, i, ch, reason, next, attempts, 0f, 0f);
        } else if (has(flags, ABANDONED)) {
            if (Sampling.chance(journey, behaviour.contact().retryProbability())) {
                double retry = t + Sampling.exponential(journey, behaviour.contact().retryDelayMinutes());
                schedule(EventCalendar.CONTACT, retry, i, ch, reason, next | RETRY, attempts + 1, 0f, 0f);
            } else {
                comeBackLater(i, g, reason, attempts, t);
            }
        } else if (has(flags, SALE_LOST)) {
            tally.increment(g, Metric.LOST_SALES);
            tally.add(g, Metric.LOST_SALES_GBP, params.saleValueGbp());
            if (Sampling.chance(journey, behaviour.contact().lostSaleToCompetitor())) {
                tally.increment(g, Metric.LOST_SALES_TO_COMPETITOR);
            }
        } else if (has(flags, RESOLVED)) {
            tally.increment(g, Metric.RESOLVED);
            book.setOpenIssues(i, 0);
            if (reason == ContactReason.SALES.ordinal()) {
                tally.increment(g, Metric.SALES_MADE);
            }
            boolean goodJourney = miseries == 0 && !has(flags, HAD_MISERY | REPEAT);
            if (goodJourney) {
                lifecycle.goodMoment(i, j, t, journey);
            }
        } else {
            tally.increment(g, Metric.UNRESOLVED);
            book.setOpenIssues(i, book.openIssues(i) + 1);
            comeBackLater(i, g, reason, attempts, t);
        }
        if (miseries > 0) {
            lifecycle.afterMisery(i, j, t);
        }
    }

    /** The need is still there: the customer comes back in a few days (failure demand). */
    private void comeBackLater(int i, int g, int reason, int attempts, double t) {
        double back = t + Sampling.exponential(journey, behaviour.contact().repeatDelayDays() * Clock.MINUTES_PER_DAY);
        schedule(EventCalendar.CONTACT, back, i, -1, reason, REPEAT | ContactFlags.REPEAT_NOW, attempts + 1, 0f, 0f);
    }

    /** Failure demand: a contact made again after hanging up, in another channel, or because the need came back. */
    private void countAvoidable(int g, int ch, int flags) {
        if (has(flags, RETRY)) {
            avoidable(g, ch, Metric.AVOIDABLE_RETRIES, Metric.FAILURE_RETRIES_GBP);
        } else if (has(flags, ContactFlags.SWITCH_NOW)) {
            avoidable(g, ch, Metric.AVOIDABLE_SWITCHES, Metric.FAILURE_SWITCHES_GBP);
        } else if (has(flags, ContactFlags.REPEAT_NOW)) {
            avoidable(g, ch, Metric.AVOIDABLE_REPEATS, Metric.FAILURE_REPEATS_GBP);
        }
    }

    private void avoidable(int g, int ch, Metric count, Metric gbp) {
        double cost = model.params.costs().costPerContact()[ch];
        tally.increment(g, count);
        tally.add(g, gbp, cost);
        tally.add(g, Metric.FAILURE_DEMAND_GBP, cost);
    }

    /** Adds each misery in the flags to the customer's frustration; returns how many there were. */
    private int applyMiseries(int i, int j, int flags, float trapMinutes, float waitFactor) {
        int bits = flags & MISERY_MASK;
        if (bits == 0) {
            return 0;
        }
        double[] weight = behaviour.misery().weight();
        int g = global(j);
        int n = 0;
        for (int d = 0; d < Driver.COUNT; d++) {
            if ((bits & (1 << d)) == 0) {
                continue;
            }
            double intensity = 1.0;
            if (d == Driver.TRAPPED_IN_SELF_SERVICE.ordinal()) {
                intensity = Math.min(behaviour.misery().waitCap(),
                        trapMinutes / behaviour.misery().trapReferenceMinutes());
            } else if (d == Driver.WAITED_TOO_LONG.ordinal()) {
                intensity = waitFactor;
            }
            book.addFrustration(i, d, weight[d] * intensity * population.sensitivity(i, d));
            tally.increment(g, Metric.misery(Driver.of(d)));
            n++;
        }
        suppliers[j].miseriesToday += n;
        return n;
    }

    int global(int local) {
        return model.firstSupplier[sector] + local;
    }
}
