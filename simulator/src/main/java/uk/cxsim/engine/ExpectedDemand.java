package uk.cxsim.engine;

import uk.cxsim.behaviour.ChannelEffort;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.ContactReason;
import uk.cxsim.model.params.AgeBandParams;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * What a scenario's parameters say a queued channel's calls will be, before any call is seen: the first
 * workforce plan and the size of the simulated pools rest on it; later plans learn from the calls themselves.
 *
 * <p>It follows a need through the model's routes in expectation: the age bands' channel preferences, fallbacks
 * from channels not offered (by taste and expected effort, as customers choose), self-service that fails and
 * unanswered messages moving to assisted channels, branch problems and sales booked as appointments, transfers
 * back into the queue and unresolved issues coming back as repeats. New needs follow the calendar; repeats, days
 * later, fall at any hour; needs of closed hours move to the open hours that receive them.
 */
final class ExpectedDemand {

    private ExpectedDemand() {
    }

    /**
     * Expected arrivals per minute at one supplier's queued channel, by hour of the week.
     *
     * @param relationships the supplier's relationships in the sample
     */
    static double[] arrivalsPerMinute(ScenarioParams p, int sector, int supplier, Channel channel,
                                      double relationships) {
        SectorParams s = p.sectors().get(sector);
        SupplierParams sp = s.suppliers().get(supplier);
        ChannelParams cp = sp.channel(channel);
        double[] out = new double[Clock.HOURS_PER_WEEK];
        if (!cp.offered() || channel.kind() != Channel.Kind.QUEUED) {
            return out;
        }
        double sales = s.reasonMix()[ContactReason.SALES.ordinal()];
        double weightSum = 0;
        double share = 0;
        for (AgeBandParams b : p.people().ageBands()) {
            double w = b.share() * b.contactRateMultiplier();
            weightSum += w;
            share += w * channelShare(p, sp, b.channelPreference(), channel, sales);
        }
        if (weightSum <= 0) {
            return out;
        }
        share /= weightSum;
        if (channel == Channel.BRANCH && cp.appointmentLeadDays() > 0) {
            share *= 1 - s.reasonMix()[ContactReason.PROBLEM.ordinal()] - sales;
        }
        double transfers = 1.0 / (1.0 - Math.min(0.9, sp.transferRate()));
        double unresolved = 1 - sp.crm().expectedResolution(sp.firstContactResolution()) * (sp.empowerment()
                + (1 - sp.empowerment()) * p.behaviour().contact().unempoweredResolution());
        double repeats = 1.0 / (1.0 - Math.min(0.9, (1 - sales) * unresolved));
        double needsPerMinute = relationships * s.contactsPerYear() * weightSum / Clock.MINUTES_PER_YEAR;
        double fresh = 1.0 / repeats;
        double[] perHour = new double[Clock.HOURS_PER_WEEK];
        for (int h = 0; h < perHour.length; h++) {
            perHour[h] = needsPerMinute * share * transfers * repeats
                    * (fresh * p.calendar().intensity(h) + (1 - fresh));
        }
        return new OpeningHours(cp, p.calendar()).spreadClosed(perHour);
    }

    /** Share of a band's needs that reach this channel, after fallbacks and failed self-service. */
    private static double channelShare(ScenarioParams p, SupplierParams sp, double[] taste, Channel target,
                                       double salesShare) {
        int n = Channel.COUNT;
        double[] weight = new double[n];
        double[] reach = new double[n];
        double offeredWeight = 0;
        double unavailable = 0;
        for (Channel c : Channel.values()) {
            ChannelParams cp = sp.channel(c);
            if (cp.offered()) {
                weight[c.ordinal()] = Math.max(taste[c.ordinal()], 0.01) * Math.exp(
                        -ChannelEffort.expectedMinutes(sp, c, p.behaviour().contact().searchMinutes())
                                / p.behaviour().choice().effortScaleMinutes());
                offeredWeight += weight[c.ordinal()];
                reach[c.ordinal()] = taste[c.ordinal()];
            } else {
                unavailable += taste[c.ordinal()];
            }
        }
        if (offeredWeight <= 0) {
            return 0;
        }
        for (int c = 0; c < n; c++) {
            reach[c] += unavailable * weight[c] / offeredWeight;
        }
        double assistedWeight = 0;
        for (Channel c : Channel.values()) {
            if (c.kind() != Channel.Kind.SELF_SERVICE) {
                assistedWeight += weight[c.ordinal()];
            }
        }
        double moved = 0;
        for (Channel c : Channel.values()) {
            ChannelParams cp = sp.channel(c);
            if (!cp.offered()) {
                continue;
            }
            if (c.kind() == Channel.Kind.SELF_SERVICE) {
                moved += reach[c.ordinal()] * (1 - salesShare) * (1 - sp.helpFindability() * cp.selfServiceSuccess());
            } else if (c.kind() == Channel.Kind.ASYNC) {
                moved += reach[c.ordinal()] * (1 - cp.answerProbability());
            }
        }
        double direct = reach[target.ordinal()];
        return assistedWeight > 0 ? direct + moved * weight[target.ordinal()] / assistedWeight : direct;
    }
}
