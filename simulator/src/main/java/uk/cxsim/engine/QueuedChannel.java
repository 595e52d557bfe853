package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.StaffingParams;

/**
 * One supplier's queued channel as an operation: its opening hours, its forecast of calls, its workforce plan and
 * the pools that serve the calls. Erlang planning re-plans every {@code replanDays} from the forecast, which learns
 * from the calls as the customer base grows or shrinks; every mode refreshes the background calls from it.
 */
final class QueuedChannel implements Serializable {
    final Channel channel;
    final ChannelParams params;
    final OpeningHours hours;
    /** The sample's calls: what the plan staffs for, and, scaled to fresh calls, what background calls follow. */
    final DemandForecast forecast;
    /**
     * Share of the sample's calls that are fresh (not a retry after hanging up, not a transfer), learnt like the
     * forecast: the background's own retries and transfers make up the rest.
     */
    private double freshShare;
    private double freshCounted;
    private double allCounted;
    final CallPool queue;
    /** The service-level threshold in minutes. */
    final double withinMinutes;
    private final int startingCustomers;
    private final StaffingTable table;
    private int[] plan;
    /** Busy agent minutes by hour of day already reported. */
    private final double[] busyReported = new double[24];

    /**
     * @param expected        what the parameters say the sample's calls per minute will be, by hour of the week
     * @param pools           how many simulated pools serve the sample's calls
     * @param multiplier      a pool's calls over the sample's calls routed to it
     * @param patienceMinutes callers' mean patience (infinite with a callback)
     */
    QueuedChannel(Channel channel, ChannelParams params, OpeningHours hours, double[] expected, int pools,
                  double multiplier, int startingCustomers, double patienceMinutes, double patienceCv,
                  CallerHabits habits, boolean steadyState, StaffingTables tables, SplitMixRandom rng) {
        this.channel = channel;
        this.params = params;
        this.hours = hours;
        this.forecast = new DemandForecast(expected, 0);
        this.freshShare = 1 - Math.min(0.9, habits.transferRate());
        this.queue = steadyState
                ? new SteadyStatePool(pools, multiplier, params.handleMinutes(), patienceMinutes)
                : new PooledQueue(pools, multiplier, params.handleMinutes(), patienceMinutes, patienceCv, habits, hours,
                        rng);
        this.withinMinutes = params.staffing().withinSeconds() / Clock.SECONDS_PER_MINUTE;
        this.startingCustomers = startingCustomers;
        StaffingParams sp = params.staffing();
        this.table = tables.get(params.handleMinutes(), sp.erlangA() ? patienceMinutes : Double.POSITIVE_INFINITY,
                sp.serviceLevelShare(), withinMinutes);
        plan(0);
    }

    /** Whether this day starts a new planning period. */
    boolean replansOn(int day) {
        return day > 0 && day % params.staffing().replanDays() == 0;
    }

    /** Counts one of the sample's calls arriving at the queue. */
    void record(double minute, boolean retryOrTransfer) {
        forecast.record(minute);
        allCounted++;
        if (!retryOrTransfer) {
            freshCounted++;
        }
    }

    /** Learns from the calls since the last plan and plans again from {@code minute}. */
    void replan(double minute) {
        forecast.update(minute);
        if (allCounted > 0) {
            freshShare = (freshShare + freshCounted / allCounted) / 2;
            freshCounted = 0;
            allCounted = 0;
        }
        plan(minute);
    }

    private void plan(double minute) {
        plan = Staffing.plan(params, startingCustomers, forecast, queue.multiplier(), queue.pools(), table);
        queue.restaff(plan, minute);
        queue.follow(forecast, queue instanceof SteadyStatePool ? 1.0 : freshShare, minute);
    }

    /** Agents on duty at this hour of the week, at sample scale. */
    double agentsOnDuty(int hourOfWeek) {
        return queue.agentsAtHour(hourOfWeek) / queue.multiplier();
    }

    /** Paid hours per hour on duty. */
    double paidPerHourOnDuty() {
        return 1.0 / (1.0 - params.staffing().shrinkage());
    }

    /** Busy agent minutes at sample scale started at this hour of day since the last call of this method. */
    double newBusyMinutes(int hourOfDay) {
        double now = queue.busyMinutes(hourOfDay);
        double delta = now - busyReported[hourOfDay];
        busyReported[hourOfDay] = now;
        return delta / queue.multiplier();
    }

    int[] plan() {
        return plan.clone();
    }
}
