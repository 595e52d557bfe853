package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Background calls of one pool that come back (a retry after hanging up, a transfer), in time order, as a binary
 * heap over primitive arrays: the minute, the caller's mean patience (NaN until drawn) and the transfers so far.
 * Ties are broken by the order calls were added, so runs repeat exactly.
 */
final class ReturningCalls implements Serializable {
    private double[] minute = new double[64];
    private double[] patience = new double[64];
    private int[] transfers = new int[64];
    private long[] order = new long[64];
    private int size;
    private long added;

    boolean isEmpty() {
        return size == 0;
    }

    double peekMinute() {
        return minute[0];
    }

    /** The caller's mean patience of the call at the head. */
    double headPatience() {
        return patience[0];
    }

    int headTransfers() {
        return transfers[0];
    }

    void add(double t, double patienceMean, int transferred) {
        if (size == minute.length) {
            int n = size * 2;
            minute = Arrays.copyOf(minute, n);
            patience = Arrays.copyOf(patience, n);
            transfers = Arrays.copyOf(transfers, n);
            order = Arrays.copyOf(order, n);
        }
        int i = size++;
        long o = added++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, o, minute[parent], order[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, t, patienceMean, transferred, o);
    }

    /** Removes the call at the head (read it first). */
    void poll() {
        size--;
        if (size == 0) {
            return;
        }
        double t = minute[size];
        double p = patience[size];
        int tr = transfers[size];
        long o = order[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(minute[child + 1], order[child + 1], minute[child], order[child])) {
                child++;
            }
            if (!before(minute[child], order[child], t, o)) {
                break;
            }
            move(child, i);
            i = child;
        }
        put(i, t, p, tr, o);
    }

    private static boolean before(double t1, long o1, double t2, long o2) {
        return t1 < t2 || t1 == t2 && o1 < o2;
    }

    private void move(int from, int to) {
        minute[to] = minute[from];
        patience[to] = patience[from];
        transfers[to] = transfers[from];
        order[to] = order[from];
    }

    private void put(int i, double t, double p, int tr, long o) {
        minute[i] = t;
        patience[i] = p;
        transfers[i] = tr;
        order[i] = o;
    }
}
