package uk.cxsim.engine;

import java.util.Arrays;

/**
 * Future events of one sector, in time order, without an object per event. Each event is a slot in parallel
 * primitive arrays; a binary heap of long keys (time in milliseconds, then slot) orders them, so ties are
 * broken the same way on every run.
 */
final class EventCalendar {
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

    private int[] free = new int[1024];
    private int freeCount;
    private int allocated;
    private long[] heap = new long[1024];
    private int heapSize;

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

    void release(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
    }

    int size() {
        return heapSize;
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
    }
}
