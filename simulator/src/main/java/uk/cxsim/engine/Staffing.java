package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.StaffingParams;

/** Turns a channel's staffing levers and its forecast into agents on duty by hour of the week. */
final class Staffing implements Serializable {
    private Staffing() {
    }

    /** Golden-ratio step of the dithering sequence (a low-discrepancy sequence in [0, 1)). */
    private static final double DITHER_STEP = 0.6180339887498949;

    /**
     * Agents wanted each hour of the week at sample scale by flat or profile staffing: agents per 10,000 starting
     * customers, shaped by the hourly staffing profile and the weekend share, during opening hours; fractional.
     */
    static double[] wanted(ChannelParams cp, int startingCustomers) {
        double[] agents = new double[Clock.HOURS_PER_WEEK];
        double full = cp.agentsPer10k() * startingCustomers / 10_000.0;
        boolean profile = cp.staffing().mode() == StaffingParams.StaffingMode.PROFILE;
        for (int h = 0; h < agents.length; h++) {
            if (cp.isOpen(h) && cp.agentsPer10k() > 0) {
                double day = h / Clock.HOURS_PER_DAY >= 5 ? cp.weekendStaffing() : 1.0;
                agents[h] = full * (profile ? cp.staffingProfile()[h % Clock.HOURS_PER_DAY] : 1.0) * day;
            }
        }
        return agents;
    }

    /**
     * Agents per pool by hour of the week.
     *
     * <p>Flat and profile staffing give each pool its share of the wanted agents, scaled to the pool's size. Erlang
     * planning finds, for every open hour, the fewest agents whose service level reaches the target for the pool's
     * forecast load (Erlang A with the callers' mean patience, or Erlang C), at least one while open; a daily roster
     * then spreads each day's hours evenly. The staffing lever scales either.
     *
     * @param forecast          sample calls per minute by hour of the week
     * @param multiplier        a pool's calls over the sample's calls routed to it
     * @param table             the Erlang requirement of this kind of queue (Erlang planning)
     */
    static int[] plan(ChannelParams cp, int startingCustomers, DemandForecast forecast, double multiplier, int pools,
                      StaffingTable table) {
        StaffingParams sp = cp.staffing();
        double[] perPool = new double[Clock.HOURS_PER_WEEK];
        if (sp.mode() == StaffingParams.StaffingMode.ERLANG) {
            for (int h = 0; h < perPool.length; h++) {
                if (!cp.isOpen(h)) {
                    continue;
                }
                double load = multiplier * forecast.rate(h) / pools * cp.handleMinutes();
                perPool[h] = Math.max(1, table.agentsFor(load));
            }
            if (sp.rosterByDay()) {
                spreadOverEachDay(cp, perPool);
            }
        } else {
            double[] wanted = wanted(cp, startingCustomers);
            for (int h = 0; h < perPool.length; h++) {
                perPool[h] = wanted[h] * multiplier / pools;
            }
        }
        for (int h = 0; h < perPool.length; h++) {
            perPool[h] *= sp.multiplier();
        }
        return dithered(perPool);
    }

    /** Each day's agent hours spread evenly over its open hours. */
    private static void spreadOverEachDay(ChannelParams cp, double[] perHour) {
        for (int day = 0; day < 7; day++) {
            double hours = 0;
            int open = 0;
            for (int h = day * Clock.HOURS_PER_DAY; h < (day + 1) * Clock.HOURS_PER_DAY; h++) {
                if (cp.isOpen(h)) {
                    hours += perHour[h];
                    open++;
                }
            }
            for (int h = day * Clock.HOURS_PER_DAY; h < (day + 1) * Clock.HOURS_PER_DAY; h++) {
                if (cp.isOpen(h)) {
                    perHour[h] = hours / open;
                }
            }
        }
    }

    /**
     * Whole agents by hour. The fractional part is dithered over the hours (2.6 agents is 3 in about six hours of ten
     * and 2 in the others), which keeps the average staffing right however small the queue. Below one agent, some
     * open hours have nobody on duty: callers wait for the next.
     */
    static int[] dithered(double[] wanted) {
        int[] agents = new int[wanted.length];
        for (int h = 0; h < agents.length; h++) {
            if (wanted[h] > 0) {
                agents[h] = (int) Math.floor(wanted[h] + (h * DITHER_STEP) % 1.0);
            }
        }
        return agents;
    }
}
