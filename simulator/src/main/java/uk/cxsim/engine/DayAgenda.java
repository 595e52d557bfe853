package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Day-level appointments of one sector (a customer taking up a sector again, a supplier's win-back call),
 * kept per day as packed integers (an appointment's seed, which its draws continue from, as two of them). Entries
 * of a day come back in the order they were made, so runs repeat exactly. Appointments after the end of the run
 * are dropped.
 */
final class DayAgenda implements Serializable {
    private final int fields;
    private final int[][] entries;
    private final int[] counts;
    private int handledThrough = -1;

    /**
     * @param days   days in the run
     * @param fields integers per entry
     */
    DayAgenda(int days, int fields) {
        this.fields = fields;
        this.entries = new int[days][];
        this.counts = new int[days];
    }

    /** Books an entry; one booked for a day already handled goes to the next day. */
    void add(int day, int... values) {
        day = Math.max(day, handledThrough + 1);
        if (day >= entries.length) {
            return;
        }
        int[] list = entries[day];
        int n = counts[day];
        if (list == null) {
            list = new int[fields * 8];
        } else if ((n + 1) * fields > list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        System.arraycopy(values, 0, list, n * fields, fields);
        entries[day] = list;
        counts[day] = n + 1;
    }

    int count(int day) {
        return counts[day];
    }

    /** Field f of entry k of the day. */
    int get(int day, int k, int f) {
        return entries[day][k * fields + f];
    }

    /** The long stored in fields f and f + 1 of entry k of the day (as {@link #high} and {@link #low} split it). */
    long getLong(int day, int k, int f) {
        return (long) get(day, k, f) << 32 | get(day, k, f + 1) & 0xFFFF_FFFFL;
    }

    /** The upper half of a long, to store in an entry's field. */
    static int high(long value) {
        return (int) (value >>> 32);
    }

    /** The lower half of a long, to store in the next field. */
    static int low(long value) {
        return (int) value;
    }

    /** Frees a day once it has been handled; later bookings for it go to the next day. */
    void clear(int day) {
        entries[day] = null;
        counts[day] = 0;
        handledThrough = Math.max(handledThrough, day);
    }
}
