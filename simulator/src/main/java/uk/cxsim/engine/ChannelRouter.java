package uk.cxsim.engine;

import java.io.Serializable;

import static uk.cxsim.engine.ContactFlags.ABANDONED;
import static uk.cxsim.engine.ContactFlags.APPOINTMENT;
import static uk.cxsim.engine.ContactFlags.REPEAT;
import static uk.cxsim.engine.ContactFlags.RESOLVED;
import static uk.cxsim.engine.ContactFlags.RETRY;
import static uk.cxsim.engine.ContactFlags.SALE_LOST;
import static uk.cxsim.engine.ContactFlags.SWITCHED;
import static uk.cxsim.engine.ContactFlags.TRANSFERRED;
import static uk.cxsim.engine.ContactFlags.TRANSFER_NOW;
import static uk.cxsim.engine.ContactFlags.has;
import static uk.cxsim.engine.NeedDraws.Decision.ANSWER;
import static uk.cxsim.engine.NeedDraws.Decision.CONTEXT;
import static uk.cxsim.engine.NeedDraws.Decision.DEFERRAL;
import static uk.cxsim.engine.NeedDraws.Decision.EMPOWERMENT;
import static uk.cxsim.engine.NeedDraws.Decision.FALLBACK;
import static uk.cxsim.engine.NeedDraws.Decision.HANDLE;
import static uk.cxsim.engine.NeedDraws.Decision.IVR;
import static uk.cxsim.engine.NeedDraws.Decision.PATIENCE;
import static uk.cxsim.engine.NeedDraws.Decision.POOL;
import static uk.cxsim.engine.NeedDraws.Decision.RESOLUTION;
import static uk.cxsim.engine.NeedDraws.Decision.RESPONSE;
import static uk.cxsim.engine.NeedDraws.Decision.SEARCH;
import static uk.cxsim.engine.NeedDraws.Decision.SELF_HELP;
import static uk.cxsim.engine.NeedDraws.Decision.TRANSFER;

import uk.cxsim.behaviour.ChannelChoice;
import uk.cxsim.behaviour.ChannelEffort;
import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.ContactReason;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Routes a contact from the moment the customer gets in touch to the moment it ends: the channel they prefer or
 * fall back to, self-service that helps or traps, written channels that answer late or never, branch
 * appointments, the automated phone menu, the agent queue (waiting and hanging up), and what the agent does
 * (knows the history or not, resolves, transfers). Each path books the contact's end, where the outcome is judged
 * ({@link ContactOutcome}).
 */
final class ChannelRouter implements Serializable {
    private static final int SELF_SERVICE_MASK = selfServiceMask();

    private final SectorContext ctx;
    private final HourlyTally hourly;
    private final EventCalendar calendar;
    private final ContactScheduler scheduler;
    private final FailureDemand failureDemand;
    private final QueuedChannel[][] queued;
    /** Expected minutes of effort of each supplier's channels, as customers weigh them when they fall back. */
    private final double[][] effort;
    /** Channels each supplier offers, as a mask by Channel ordinal. */
    private final int[] offeredMask;
    /** Each age band's taste for each channel. */
    private final double[][] channelTaste;
    /** The draws of the need whose step is being taken. */
    private final NeedDraws draws;

    ChannelRouter(SectorContext ctx, HourlyTally hourly, EventCalendar calendar, ContactScheduler scheduler,
                  FailureDemand failureDemand, QueuedChannel[][] queued, NeedDraws draws) {
        this.ctx = ctx;
        this.hourly = hourly;
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.failureDemand = failureDemand;
        this.queued = queued;
        this.draws = draws;
        int n = ctx.suppliers.length;
        effort = new double[n][Channel.COUNT];
        offeredMask = new int[n];
        for (int j = 0; j < n; j++) {
            SupplierParams sp = ctx.suppliers[j].params;
            for (Channel c : Channel.values()) {
                if (sp.channel(c).offered()) {
                    offeredMask[j] |= 1 << c.ordinal();
                    effort[j][c.ordinal()] = ChannelEffort.expectedMinutes(sp, c,
                            ctx.behaviour.contact().searchMinutes());
                }
            }
        }
        int bands = ctx.people.ageBands().size();
        channelTaste = new double[bands][];
        for (int b = 0; b < bands; b++) {
            channelTaste[b] = ctx.people.ageBands().get(b).channelPreference();
        }
    }

    /** A contact begins: the customer picks a channel (or falls back) and starts the journey. */
    void onContact(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        double t = c.time[e];
        int j = ctx.book.supplier(i);
        SupplierParams sp = ctx.suppliers[j].params;
        int flags = c.flags[e];
        int attempts = c.attempts[e];
        int reason = c.reason[e];
        int ch = c.channel[e];
        float trap = c.trapMinutes[e];
        float wait = c.waitFactor[e];
        int g = ctx.global(j);

        if (attempts >= ctx.behaviour.contact().maxAttempts()) {
            ctx.tally.increment(g, Metric.GAVE_UP);
            return;
        }
        if (ch < 0) {
            int preferred = ctx.population.preferredChannel(i);
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
            scheduler.schedule(EventCalendar.CONTACT, q.hours.deferred(t, draws.of(DEFERRAL)), i, ch, reason, flags,
                    attempts, trap, wait);
            return;
        }
        flags = ContactFlags.withTried(flags, ch);
        ctx.tally.increment(g, Metric.CONTACTS);
        double nonAgent = ctx.model.params.costs().nonAgentCostPerContact()[ch];
        if (nonAgent > 0) {
            ctx.tally.add(g, Metric.NON_AGENT_SERVICE_GBP, nonAgent);
        }
        ctx.suppliers[j].contactsToday++;
        if (has(flags, REPEAT)) {
            ctx.tally.increment(g, Metric.REPEAT_CONTACTS);
        }
        if (has(flags, RETRY)) {
            ctx.tally.increment(g, Metric.RETRIES);
        }
        failureDemand.countContact(g, ch, flags);
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
        SupplierParams sp = ctx.suppliers[j].params;
        ChannelParams cp = sp.channels()[ch];
        if (reason == ContactReason.SALES.ordinal()) {
            int outcome = cp.canOrder() ? RESOLVED : SALE_LOST;
            scheduler.schedule(EventCalendar.CONTACT_END, t + ChannelEffort.SELF_SERVICE_MINUTES, i, ch, reason,
                    flags | outcome, attempts, trap, wait);
            return;
        }
        SplitMixRandom selfService = draws.of(SELF_HELP);
        boolean foundHelp = Sampling.chance(selfService, sp.helpFindability());
        if (foundHelp && Sampling.chance(selfService, cp.selfServiceSuccess())) {
            scheduler.schedule(EventCalendar.CONTACT_END, t + ChannelEffort.SELF_SERVICE_MINUTES, i, ch, reason,
                    flags | RESOLVED, attempts, trap, wait);
            return;
        }
        double searched = Sampling.exponential(draws.of(SEARCH), ctx.behaviour.contact().searchMinutes());
        ctx.tally.add(ctx.global(j), Metric.SEARCH_MINUTES, searched);
        flags |= Driver.TRAPPED_IN_SELF_SERVICE.bit();
        switchChannel(i, j, ch, reason, flags, attempts, t + searched, (float) (trap + searched), wait);
    }

    private void writtenContact(int i, int j, int ch, int reason, int flags, int attempts, double t, float trap,
                                float wait) {
        ChannelParams cp = ctx.suppliers[j].params.channels()[ch];
        double acceptable = ctx.people.acceptableAsyncHours() * Clock.MINUTES_PER_HOUR;
        if (Sampling.chance(draws.of(ANSWER), cp.answerProbability())) {
            double response = Sampling.exponential(draws.of(RESPONSE), cp.responseHours() * Clock.MINUTES_PER_HOUR);
            if (response > acceptable) {
                flags |= Driver.WAITED_TOO_LONG.bit();
                wait = Math.max(wait, waitFactor(response / acceptable));
            }
            flags = agentHandles(i, j, ch, reason, flags);
            scheduler.schedule(EventCalendar.CONTACT_END, t + response, i, ch, reason, flags, attempts, trap, wait);
        } else {
            flags |= Driver.WAITED_TOO_LONG.bit();
            wait = Math.max(wait, (float) ctx.behaviour.misery().waitCap());
            switchChannel(i, j, ch, reason, flags, attempts, t + 2 * acceptable, trap, wait);
        }
    }

    private void queuedContact(int i, int j, Channel channel, int reason, int flags, int attempts, double t,
                               float trap, float wait) {
        SupplierParams sp = ctx.suppliers[j].params;
        ChannelParams cp = sp.channel(channel);
        int ch = channel.ordinal();
        if (has(flags, APPOINTMENT)) {
            flags = agentHandles(i, j, ch, reason, flags);
            double end = t + Sampling.exponential(draws.of(HANDLE), cp.handleMinutes());
            scheduler.schedule(EventCalendar.CONTACT_END, end, i, ch, reason, flags, attempts, trap, wait);
            return;
        }
        boolean needsAppointment = channel == Channel.BRANCH && cp.appointmentLeadDays() > 0
                && (reason == ContactReason.PROBLEM.ordinal() || reason == ContactReason.SALES.ordinal());
        if (needsAppointment) {
            double lead = cp.appointmentLeadDays();
            if (lead > ctx.people.acceptableLeadDays()) {
                flags |= Driver.WAITED_TOO_LONG.bit();
                wait = Math.max(wait, waitFactor(lead / ctx.people.acceptableLeadDays()));
            }
            scheduler.schedule(EventCalendar.CONTACT, t + lead * Clock.MINUTES_PER_DAY, i, ch, reason,
                    flags | APPOINTMENT, attempts, trap, wait);
            return;
        }
        double trapped = 0;
        SplitMixRandom ivr = draws.of(IVR);
        if (channel == Channel.PHONE && Sampling.chance(ivr, sp.ivr().trapShare())) {
            trapped = Sampling.exponential(ivr, sp.ivr().trapMinutes());
            if (sp.ivr().escapeHatch()) {
                // "press 0 for a person": a short detour through the menu, not a trap
                trapped = Math.min(trapped, sp.ivr().escapeMinutes());
            } else {
                flags |= Driver.TRAPPED_IN_SELF_SERVICE.bit();
                int g = ctx.global(j);
                ctx.tally.increment(g, Metric.TRAPPED);
                ctx.tally.add(g, Metric.TRAPPED_MINUTES, trapped);
            }
        }
        if (trapped > 0) {
            scheduler.schedule(EventCalendar.QUEUE_ARRIVAL, t + trapped, i, ch, reason, flags, attempts,
                    (float) (trap + trapped), wait);
        } else {
            joinQueue(i, j, ch, reason, flags, attempts, t, trap, wait);
        }
    }

    // ----- the queue --------------------------------------------------------------------------------------

    /** A caller who went through the automated menu reaches the agent queue. */
    void onQueueArrival(int e) {
        EventCalendar c = calendar;
        int i = c.customer[e];
        joinQueue(i, ctx.book.supplier(i), c.channel[e], c.reason[e], c.flags[e], c.attempts[e], c.time[e],
                c.trapMinutes[e], c.waitFactor[e]);
    }

    /**
     * The customer joins the agent queue at time t. Callers reach here in time order (straight from a contact
     * at the head of the calendar, or from a queue-arrival event), which the FIFO queue requires.
     */
    private void joinQueue(int i, int j, int ch, int reason, int flags, int attempts, double t, float trap,
                           float wait) {
        SupplierParams sp = ctx.suppliers[j].params;
        Channel channel = Channel.of(ch);
        QueuedChannel qc = queued[j][ch];
        if (!qc.hours.isOpen(t)) {
            // the line closed while the caller was in the automated menu: they call again in the open hours
            scheduler.schedule(EventCalendar.CONTACT, qc.hours.deferred(t, draws.of(DEFERRAL)), i, ch, reason,
                    flags | RETRY, attempts + 1, trap, wait);
            return;
        }
        boolean callback = sp.callback() && channel == Channel.PHONE;
        double patience = callback ? Double.POSITIVE_INFINITY
                : Sampling.exponential(draws.of(PATIENCE), ctx.population.patienceMinutes(i)
                        * sp.channel(channel).patienceMultiplier());
        double handle = Sampling.exponential(draws.of(HANDLE), sp.channel(channel).handleMinutes());
        qc.record(t, has(flags, ContactFlags.QUEUE_RETRY | TRANSFERRED));
        flags &= ~ContactFlags.QUEUE_RETRY;
        CallPool q = qc.queue;
        boolean answered = q.offer(t, patience, handle, draws.of(POOL));
        double waited = q.lastWait();

        int g = ctx.global(j);
        int hour = Clock.hourOfDay(t);
        ctx.tally.increment(g, Metric.QUEUED);
        ctx.tally.add(g, Metric.WAIT_MINUTES, waited);
        hourly.add(g, channel, hour, HourlyTally.Measure.ARRIVALS, 1);
        hourly.add(g, channel, hour, HourlyTally.Measure.WAIT_MINUTES, waited);
        hourly.add(g, channel, hour, HourlyTally.Measure.OFFERED_MINUTES, handle);
        if (waited > 0) {
            hourly.add(g, channel, hour, HourlyTally.Measure.WAITED, 1);
        }
        if (answered && waited <= qc.withinMinutes) {
            ctx.tally.increment(g, Metric.ANSWERED_IN_TARGET);
            hourly.add(g, channel, hour, HourlyTally.Measure.ANSWERED_IN_TARGET, 1);
        }
        double acceptable = ctx.population.acceptableWaitMinutes(i);
        if (!answered) {
            ctx.tally.increment(g, Metric.ABANDONED);
            hourly.add(g, channel, hour, HourlyTally.Measure.ABANDONED, 1);
            flags |= Driver.WAITED_TOO_LONG.bit() | ABANDONED;
            // hanging up weighs as much as the wait endured: a few seconds a little, the acceptable wait a full misery
            wait = Math.max(wait, (float) Math.min(ctx.behaviour.misery().waitCap(), waited / acceptable));
            scheduler.schedule(EventCalendar.CONTACT_END, q.lastEnd(), i, ch, reason, flags, attempts, trap, wait);
            return;
        }
        ctx.tally.increment(g, Metric.ANSWERED);
        if (waited > acceptable) {
            flags |= Driver.WAITED_TOO_LONG.bit();
            double factor = waitFactor(waited / acceptable);
            if (callback) {
                factor *= 1 - ctx.behaviour.misery().callbackRelief();
            }
            wait = Math.max(wait, (float) factor);
        }
        flags = agentHandles(i, j, ch, reason, flags);
        scheduler.schedule(EventCalendar.CONTACT_END, q.lastEnd(), i, ch, reason, flags, attempts, trap, wait);
    }

    /** What happens with the agent: do they know the customer, must the story be told again, is it resolved. */
    private int agentHandles(int i, int j, int ch, int reason, int flags) {
        SupplierParams sp = ctx.suppliers[j].params;
        boolean context = Sampling.chance(draws.of(CONTEXT), sp.crm().context());
        boolean carried = context
                && (!has(flags, TRANSFERRED) || sp.crm().followsTransfer())
                && (!has(flags, SWITCHED) || sp.crm().followsChannelSwitch());
        if (has(flags, REPEAT | TRANSFERRED | SWITCHED) && !carried) {
            flags |= Driver.REPEAT_INFORMATION.bit();
            ctx.tally.add(ctx.global(j), Metric.REPEAT_MINUTES, ctx.behaviour.contact().repeatMinutes());
        }
        boolean historyMatters = has(flags, REPEAT) || reason == ContactReason.PROBLEM.ordinal()
                || reason == ContactReason.COMPLAINT.ordinal() || ctx.book.stage(i) >= LoyaltyStage.CLIENT.ordinal();
        if (!context && historyMatters) {
            flags |= Driver.AGENT_DOES_NOT_KNOW_HISTORY.bit();
        }
        boolean canTransfer = Channel.of(ch).kind() == Channel.Kind.QUEUED;
        if (canTransfer && ContactFlags.transfers(flags) < ctx.behaviour.contact().maxTransfers()
                && Sampling.chance(draws.of(TRANSFER), sp.transferRate())) {
            return flags | TRANSFER_NOW;
        }
        if (reason == ContactReason.SALES.ordinal()) {
            return flags | (sp.channels()[ch].canOrder() ? RESOLVED : SALE_LOST);
        }
        double resolution = sp.crm().resolution(sp.firstContactResolution(), context);
        if (!Sampling.chance(draws.of(EMPOWERMENT), sp.empowerment())) {
            resolution *= ctx.behaviour.contact().unempoweredResolution();
        }
        return Sampling.chance(draws.of(RESOLUTION), resolution) ? flags | RESOLVED : flags;
    }

    private void switchChannel(int i, int j, int from, int reason, int flags, int attempts, double t, float trap,
                               float wait) {
        int next = fallback(i, j, ContactFlags.tried(flags) | (1 << from), true);
        if (next < 0) {
            scheduler.schedule(EventCalendar.CONTACT_END, t, i, from, reason, flags, attempts, trap, wait);
            return;
        }
        ctx.tally.increment(ctx.global(j), Metric.CHANNEL_SWITCHES);
        scheduler.schedule(EventCalendar.CONTACT, t, i, next, reason, flags | SWITCHED | ContactFlags.SWITCH_NOW,
                attempts + 1, trap, wait);
    }

    /** A fallback channel among those offered and not excluded; -1 if none is left. */
    private int fallback(int i, int j, int excluded, boolean assistedOnly) {
        int allowed = offeredMask[j] & ~excluded & (assistedOnly ? ~SELF_SERVICE_MASK : ~0);
        return ChannelChoice.fallback(draws.of(FALLBACK), channelTaste[ctx.population.ageBand(i)], effort[j], allowed,
                ctx.behaviour.choice().effortScaleMinutes());
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
        return (float) Math.min(ctx.behaviour.misery().waitCap(), Math.max(1.0, ratio));
    }
}
