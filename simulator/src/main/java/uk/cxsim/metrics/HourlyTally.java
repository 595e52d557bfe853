package uk.cxsim.metrics;

import java.io.Serializable;

import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;

/**
 * Queued channels by supplier, channel and hour of day: arrivals, waits, abandonment, calls answered within the
 * service-level threshold, the load offered, agents on duty and their busy time, all at sample scale. Each sector
 * writes only its own suppliers' cells, so sectors can tally on different threads without locks.
 */
public final class HourlyTally implements Serializable {
    /** What is counted for each supplier, channel and hour. */
    public enum Measure {
        ARRIVALS, WAITED, WAIT_MINUTES, ABANDONED,
        /** Arrivals answered within their supplier's service-level threshold. */
        ANSWERED_IN_TARGET,
        /** Handling minutes the arrivals brought (offered load x 60). */
        OFFERED_MINUTES,
        /** Agents on duty times hours. */
        AGENT_HOURS,
        /** Agent minutes spent serving calls. */
        BUSY_MINUTES
    }

    private static final int MEASURES = Measure.values().length;
    private final int suppliers;
    private final double[] values;

    public HourlyTally(int suppliers) {
        this.suppliers = suppliers;
        this.values = new double[suppliers * Channel.COUNT * Clock.HOURS_PER_DAY * MEASURES];
    }

    private static int index(int supplier, Channel c, int hour, Measure m) {
        return ((supplier * Channel.COUNT + c.ordinal()) * Clock.HOURS_PER_DAY + hour) * MEASURES + m.ordinal();
    }

    public void add(int supplier, Channel c, int hour, Measure m, double v) {
        values[index(supplier, c, hour, m)] += v;
    }

    /** One supplier's value. */
    public double get(int supplier, Channel c, int hour, Measure m) {
        return values[index(supplier, c, hour, m)];
    }

    /** The value summed over every supplier. */
    public double get(Channel c, int hour, Measure m) {
        double v = 0;
        for (int s = 0; s < suppliers; s++) {
            v += values[index(s, c, hour, m)];
        }
        return v;
    }

    public int suppliers() {
        return suppliers;
    }

    public HourlyTally minus(HourlyTally earlier) {
        HourlyTally d = new HourlyTally(suppliers);
        for (int i = 0; i < values.length; i++) {
            d.values[i] = values[i] - earlier.values[i];
        }
        return d;
    }

    public HourlyTally copy() {
        HourlyTally c = new HourlyTally(suppliers);
        System.arraycopy(values, 0, c.values, 0, values.length);
        return c;
    }

    /** This tally with the cells of suppliers [{@code from}, {@code to}) taken from {@code other}. */
    public HourlyTally withSuppliersFrom(HourlyTally other, int from, int to) {
        HourlyTally t = copy();
        int start = index(from, Channel.values()[0], 0, Measure.values()[0]);
        int end = index(to, Channel.values()[0], 0, Measure.values()[0]);
        System.arraycopy(other.values, start, t.values, start, end - start);
        return t;
    }

    /**
     * This tally with the cells of suppliers [{@code from}, {@code to}) moved by what {@code variant} changed from
     * {@code base}, times {@code perCustomer} (every measure is a count at sample scale).
     */
    public HourlyTally withSuppliersShifted(HourlyTally base, HourlyTally variant, int from, int to,
                                            double perCustomer) {
        HourlyTally t = copy();
        int start = index(from, Channel.values()[0], 0, Measure.values()[0]);
        int end = index(to, Channel.values()[0], 0, Measure.values()[0]);
        SectorSplice.move(t.values, base.values, variant.values, start, end, perCustomer);
        return t;
    }
}
