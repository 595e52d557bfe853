package uk.cxsim.metrics;

import uk.cxsim.model.Channel;

/** Queue arrivals, waits and abandonment by channel and hour of day, for the service-level profile. */
public final class HourlyTally {
    /** What is counted for each channel and hour. */
    public enum Measure {
        ARRIVALS, WAITED, WAIT_MINUTES, ABANDONED
    }

    private static final int MEASURES = Measure.values().length;
    private final double[] values = new double[Channel.COUNT * 24 * MEASURES];

    public void add(Channel c, int hour, Measure m, double v) {
        values[(c.ordinal() * 24 + hour) * MEASURES + m.ordinal()] += v;
    }

    public double get(Channel c, int hour, Measure m) {
        return values[(c.ordinal() * 24 + hour) * MEASURES + m.ordinal()];
    }

    /** Adds another tally into this one. */
    public void addAll(HourlyTally other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
    }

    public HourlyTally minus(HourlyTally earlier) {
        HourlyTally d = new HourlyTally();
        for (int i = 0; i < values.length; i++) {
            d.values[i] = values[i] - earlier.values[i];
        }
        return d;
    }

    public HourlyTally copy() {
        HourlyTally c = new HourlyTally();
        System.arraycopy(values, 0, c.values, 0, values.length);
        return c;
    }
}
