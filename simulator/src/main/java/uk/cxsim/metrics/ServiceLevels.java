package uk.cxsim.metrics;

import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * The service queued channels gave hour by hour: share of calls answered within the suppliers' thresholds, set
 * against their targets, and where in the day callers hung up. These are what an operations researcher reads first.
 */
public final class ServiceLevels {
    /** An hour meets its target when its service level is at most this far below it. */
    public static final double TARGET_SLACK = 0.05;

    private final HourlyTally hourly;
    private final double[] targetWeight;
    private final double[] arrivalWeight;

    public ServiceLevels(RunRecord r) {
        this.hourly = r.hourly();
        ScenarioParams p = r.params();
        targetWeight = new double[Channel.COUNT * Clock.HOURS_PER_DAY];
        arrivalWeight = new double[Channel.COUNT * Clock.HOURS_PER_DAY];
        int g = 0;
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                for (Channel c : Channel.values()) {
                    ChannelParams cp = sp.channel(c);
                    if (c.kind() != Channel.Kind.QUEUED || !cp.offered()) {
                        continue;
                    }
                    for (int h = 0; h < 24; h++) {
                        double n = hourly.get(g, c, h, HourlyTally.Measure.ARRIVALS);
                        targetWeight[c.ordinal() * Clock.HOURS_PER_DAY + h] += n * cp.staffing().serviceLevelShare();
                        arrivalWeight[c.ordinal() * Clock.HOURS_PER_DAY + h] += n;
                    }
                }
                g++;
            }
        }
    }

    /** Share of the hour's calls answered within their supplier's threshold (NaN without calls). */
    public double achieved(Channel c, int hour) {
        double n = hourly.get(c, hour, HourlyTally.Measure.ARRIVALS);
        return n > 0 ? hourly.get(c, hour, HourlyTally.Measure.ANSWERED_IN_TARGET) / n : Double.NaN;
    }

    /** Mean seconds a contact waited in this channel's queues (answered or not; NaN without contacts). */
    public double meanWaitSeconds(Channel c) {
        double n = 0;
        double minutes = 0;
        for (int h = 0; h < Clock.HOURS_PER_DAY; h++) {
            n += hourly.get(c, h, HourlyTally.Measure.ARRIVALS);
            minutes += hourly.get(c, h, HourlyTally.Measure.WAIT_MINUTES);
        }
        return n > 0 ? minutes * Clock.SECONDS_PER_MINUTE / n : Double.NaN;
    }

    /** The suppliers' service-level targets at this hour, weighted by their calls (NaN without calls). */
    public double target(Channel c, int hour) {
        double n = arrivalWeight[c.ordinal() * Clock.HOURS_PER_DAY + hour];
        return n > 0 ? targetWeight[c.ordinal() * Clock.HOURS_PER_DAY + hour] / n : Double.NaN;
    }

    /** Share of the channel's hours with calls whose service level is within {@link #TARGET_SLACK} of target. */
    public double hoursMeetingTarget(Channel c) {
        int hours = 0;
        int met = 0;
        for (int h = 0; h < 24; h++) {
            double a = achieved(c, h);
            if (!Double.isNaN(a)) {
                hours++;
                if (a >= target(c, h) - TARGET_SLACK) {
                    met++;
                }
            }
        }
        return hours > 0 ? (double) met / hours : Double.NaN;
    }

    /** The largest share of the channel's abandoners that any one hour of the day carries. */
    public double peakHourAbandonShare(Channel c) {
        double total = 0;
        double peak = 0;
        for (int h = 0; h < 24; h++) {
            double a = hourly.get(c, h, HourlyTally.Measure.ABANDONED);
            total += a;
            peak = Math.max(peak, a);
        }
        return total > 0 ? peak / total : Double.NaN;
    }

    /** Share of all queued calls answered within their supplier's threshold. */
    public double answeredWithinTarget() {
        double n = 0;
        double in = 0;
        for (Channel c : Channel.values()) {
            for (int h = 0; h < 24; h++) {
                n += hourly.get(c, h, HourlyTally.Measure.ARRIVALS);
                in += hourly.get(c, h, HourlyTally.Measure.ANSWERED_IN_TARGET);
            }
        }
        return n > 0 ? in / n : Double.NaN;
    }
}
