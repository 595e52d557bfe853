package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

import uk.cxsim.model.Clock;

/**
 * Future events of one sector, in time order, without an object per event. Each event is a slot in parallel
 * primitive arrays; a binary heap of long keys (time in milliseconds, then slot) orders them, so ties are
 * broken the same way on every run.
 */
final class EventCalendar implements Serializable {
    /** Event types. */
    static final byte CONTACT = 0;
    static final byte QUEUE_ARRIVAL = 1;
    static final byte CONTACT_END = 2;

    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    double[] time = new double[1024];
    int[] customer = new int[1024];
    byte[] type = new byte[1024];
    byte[] channel = new byte[1024];
    byte[] reason = new byte[1024];
    byte[] attempts = new byte[1024];
    int[] flags = new int[1024];
    float[] trapMinutes = new float[1024];
    float[] waitFactor = new float[1024];
    int[] epoch = new int[1024];
    /** The seed the event's own draws continue from (a need's stream, split at each step it books). */
    long[] draws = new long[1024];

    private int[] free = new int[1024];
    private int freeCount;
    private int allocated;
    private long[] heap = new long[1024];
    private int heapSize;
    /** Events at or after this minute wait in their day's bucket, out of the heap, until their day opens. */
    private double horizon = Double.POSITIVE_INFINITY;
    private int[][] buckets = new int[64][];
    private int[] bucketCounts = new int[64];

    /** Reserves a slot for a new event; fill its fields, then {@link #push(int)}. */
    int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (allocated == time.length) {
            grow();
        }
        if (allocated > SLOT_MASK) {
            throw new IllegalStateException("too many events in flight");
        }
        return allocated++;
    }

    void push(int slot) {
        if (time[slot] >= horizon) {
            park(slot);
            return;
        }
        long key = (Math.round(time[slot] * 60_000.0) << SLOT_BITS) | slot;
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    boolean isEmpty() {
        return heapSize == 0;
    }

    /** Time of the next event (minutes); only valid if not empty. */
    double peekTime() {
        return time[(int) (heap[0] & SLOT_MASK)];
    }

    /** Removes the next event and returns its slot; call {@link #release(int)} when done with it. */
    int pop() {
        int slot = (int) (heap[0] & SLOT_MASK);
        long last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < heapSize && heap[right] < heap[child]) {
                child = right;
            }
            if (last <= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return slot;
    }

    /**
     * Opens a day: from now on the heap holds only events before the end of this day, and the events parked for
     * this day join it. Keeping far-off events (repeats days later, appointments, tomorrow's deferred calls) out of
     * the heap keeps it shallow; the order of events is unchanged.
     */
    void openDay(int day) {
        horizon = Clock.startOfDay(day + 1);
        if (day < buckets.length && buckets[day] != null) {
            int[] parked = buckets[day];
            int n = bucketCounts[day];
            buckets[day] = null;
            bucketCounts[day] = 0;
            for (int k = 0; k < n; k++) {
                push(parked[k]);
            }
        }
    }

    private void park(int slot) {
        if (!(time[slot] < 1e12)) {
            // never (a channel that never opens): the event cannot happen
            release(slot);
            return;
        }
        int day = Clock.day(time[slot]);
        if (day >= buckets.length) {
            int n = Math.max(day + 1, buckets.length * 2);
            buckets = Arrays.copyOf(buckets, n);
            bucketCounts = Arrays.copyOf(bucketCounts, n);
        }
        int[] list = buckets[day];
        if (list == null) {
            list = new int[64];
        } else if (bucketCounts[day] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[bucketCounts[day]++] = slot;
        buckets[day] = list;
    }

    void release(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
    }


    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        customer = Arrays.copyOf(customer, n);
        type = Arrays.copyOf(type, n);
        channel = Arrays.copyOf(channel, n);
        reason = Arrays.copyOf(reason, n);
        attempts = Arrays.copyOf(attempts, n);
        flags = Arrays.copyOf(flags, n);
        trapMinutes = Arrays.copyOf(trapMinutes, n);
        waitFactor = Arrays.copyOf(waitFactor, n);
        epoch = Arrays.copyOf(epoch, n);
        draws = Arrays.copyOf(draws, n);
    }
}
