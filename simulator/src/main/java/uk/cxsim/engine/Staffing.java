package uk.cxsim.engine;

import uk.cxsim.model.params.ChannelParams;

/** Turns a channel's staffing levers into agents on duty by hour of the week. */
final class Staffing {
    private Staffing() {
    }

    /**
     * Agents on duty each hour of the week: agents per 10,000 starting customers, shaped by the hourly staffing
     * profile and the weekend share, during opening hours. An open queue always has at least one agent.
     */
    static int[] agentsByHourOfWeek(ChannelParams cp, int startingCustomers) {
        int[] agents = new int[ServiceQueue.HOURS_PER_WEEK];
        double peak = cp.agentsPer10k() * startingCustomers / 10_000.0;
        for (int h = 0; h < agents.length; h++) {
            if (cp.isOpen(h) && cp.agentsPer10k() > 0) {
                double day = h / 24 >= 5 ? cp.weekendStaffing() : 1.0;
                agents[h] = (int) Math.max(1, Math.round(peak * cp.staffingProfile()[h % 24] * day));
            }
        }
        return agents;
    }

    /** Start of the next hour at which the channel is open, after minute t. */
    static double nextOpening(ChannelParams cp, double t) {
        long hour = (long) Math.floor(t / 60.0);
        for (int d = 1; d <= ServiceQueue.HOURS_PER_WEEK; d++) {
            if (cp.isOpen((int) ((hour + d) % ServiceQueue.HOURS_PER_WEEK))) {
                return (hour + d) * 60.0;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
