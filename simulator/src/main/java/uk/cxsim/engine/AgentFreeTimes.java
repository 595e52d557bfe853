package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The minutes at which a queue's agents are next free, indexed by agent, in a tournament tree: every node holds the
 * agent of its range who is free soonest (the lower index on a tie), so the two questions a caller asks of the agents
 * on duty (who is the lowest-numbered agent free by then, who is free soonest) are answered about the agents
 * {@code 0..n-1} in time logarithmic in the number of agents, and a new free time is recorded in the same time.
 * A team of up to {@value #SCANNED} agents is scanned instead: at that size a pass over the times is quicker.
 */
final class AgentFreeTimes implements Serializable {
    /** Prefix queries split into at most this many whole subtrees (two per level). */
    private static final int MAX_PARTS = 64;
    /** Teams up to this size are scanned, not kept in the tree. */
    static final int SCANNED = 32;

    private double[] free = new double[0];
    /** Leaves are {@code tree[leaves + k]}; -1 marks padding, free at infinity. */
    private int[] tree = new int[2];
    private int leaves = 1;
    private final int[] parts = new int[MAX_PARTS];
    /** The prefix the parts are of (they depend only on it and the tree's size), and how many there are. */
    private int partsOf = -1;
    private int partsCount;

    int size() {
        return free.length;
    }

    double at(int agent) {
        return free[agent];
    }

    /** Grows to {@code n} agents, the new ones free from {@code minute}; existing agents keep their times. */
    void growTo(int n, double minute) {
        int old = free.length;
        if (n <= old) {
            return;
        }
        free = Arrays.copyOf(free, n);
        Arrays.fill(free, old, n, minute);
        leaves = Integer.highestOneBit(Math.max(1, n - 1)) << 1;
        partsOf = -1;
        tree = new int[2 * leaves];
        for (int i = 0; i < leaves; i++) {
            tree[leaves + i] = i < n ? i : -1;
        }
        for (int node = leaves - 1; node >= 1; node--) {
            tree[node] = sooner(tree[2 * node], tree[2 * node + 1]);
        }
    }

    /** Records that {@code agent} is next free at {@code minute}. */
    void set(int agent, double minute) {
        free[agent] = minute;
        if (free.length <= SCANNED) {
            return;
        }
        for (int node = (leaves + agent) >> 1; node >= 1; node >>= 1) {
            int winner = sooner(tree[2 * node], tree[2 * node + 1]);
            if (winner == tree[node] && winner != agent) {
                // the node's agent still wins it, so every node above is unchanged too
                return;
            }
            tree[node] = winner;
        }
    }

    /**
     * Of agents {@code 0..n-1}, the lowest-numbered free by {@code minute} if any is, else the one free soonest
     * (the lowest index on a tie); -1 if {@code n} is 0.
     */
    int firstToAnswer(int n, double minute) {
        if (free.length <= SCANNED) {
            int best = n > 0 ? 0 : -1;
            for (int k = 0; k < n; k++) {
                double f = free[k];
                if (f <= minute) {
                    return k;
                }
                if (f < free[best]) {
                    best = k;
                }
            }
            return best;
        }
        int idle = lowestFreeBefore(n, Math.nextUp(minute));
        return idle >= 0 ? idle : soonest(n);
    }

    /** Of agents {@code 0..n-1}, the one free soonest (the lowest index on a tie), or -1 if {@code n} is 0. */
    int soonest(int n) {
        if (free.length <= SCANNED) {
            int best = n > 0 ? 0 : -1;
            for (int k = 1; k < n; k++) {
                if (free[k] < free[best]) {
                    best = k;
                }
            }
            return best;
        }
        int best = -1;
        int count = prefixParts(n);
        for (int i = 0; i < count; i++) {
            best = sooner(best, tree[parts[i]]);
        }
        return best;
    }

    /** The lowest-numbered of agents {@code 0..n-1} free strictly before {@code minute}, or -1 if none is. */
    int lowestFreeBefore(int n, double minute) {
        if (free.length <= SCANNED) {
            for (int k = 0; k < n; k++) {
                if (free[k] < minute) {
                    return k;
                }
            }
            return -1;
        }
        int count = prefixParts(n);
        // the parts are listed right to left
        for (int i = count - 1; i >= 0; i--) {
            int node = parts[i];
            if (freeAt(tree[node]) < minute) {
                while (node < leaves) {
                    node = freeAt(tree[2 * node]) < minute ? 2 * node : 2 * node + 1;
                }
                return tree[node];
            }
        }
        return -1;
    }

    /** Splits leaves {@code 0..n-1} into whole subtrees, listed from right to left. */
    private int prefixParts(int n) {
        if (n == partsOf) {
            return partsCount;
        }
        int count = 0;
        int right = leaves + Math.min(n, free.length);
        int left = leaves;
        while (left < right) {
            // left is the leftmost node of its level, odd only at the root: then the prefix is the whole tree
            if ((left & 1) == 1) {
                parts[count++] = left++;
            }
            if ((right & 1) == 1) {
                parts[count++] = --right;
            }
            left >>= 1;
            right >>= 1;
        }
        partsOf = n;
        partsCount = count;
        return count;
    }

    private double freeAt(int agent) {
        return agent < 0 ? Double.POSITIVE_INFINITY : free[agent];
    }

    /** The agent free sooner, the lower index on a tie; -1 (padding) loses to any agent. */
    private int sooner(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        double fa = free[a];
        double fb = free[b];
        return fa < fb || (fa == fb && a < b) ? a : b;
    }
}
