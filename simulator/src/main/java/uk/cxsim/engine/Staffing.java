package uk.cxsim.engine;

import uk.cxsim.model.params.ChannelParams;

/** Turns a channel's staffing levers into agents on duty by hour of the week. */
final class Staffing {
    private Staffing() {
    }

    /** Golden-ratio step of the dithering sequence (a low-discrepancy sequence in [0, 1)). */
    private static final double DITHER_STEP = 0.6180339887498949;

    /**
     * Agents wanted each hour of the week at sample scale: agents per 10,000 starting customers, shaped by the
     * hourly staffing profile and the weekend share, during opening hours; fractional.
     */
    static double[] wanted(ChannelParams cp, int startingCustomers) {
        double[] agents = new double[ServiceQueue.HOURS_PER_WEEK];
        double full = cp.agentsPer10k() * startingCustomers / 10_000.0;
        for (int h = 0; h < agents.length; h++) {
            if (cp.isOpen(h) && cp.agentsPer10k() > 0) {
                double day = h / 24 >= 5 ? cp.weekendStaffing() : 1.0;
                agents[h] = full * cp.staffingProfile()[h % 24] * day;
            }
        }
        return agents;
    }

    /**
     * Whole agents by hour, {@code multiplier} times the wanted staffing. The fractional part is dithered over the
     * hours (2.6 agents is 3 in about six hours of ten and 2 in the others), which keeps the average staffing right
     * however small the queue. Below one agent, some open hours have nobody on duty: callers wait for the next.
     */
    static int[] dithered(double[] wanted, int multiplier) {
        int[] agents = new int[wanted.length];
        for (int h = 0; h < agents.length; h++) {
            if (wanted[h] > 0) {
                agents[h] = (int) Math.floor(wanted[h] * multiplier + (h * DITHER_STEP) % 1.0);
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
