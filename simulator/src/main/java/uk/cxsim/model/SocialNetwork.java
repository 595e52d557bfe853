package uk.cxsim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A small-world network of ties between customers (Watts-Strogatz): customer i's tie k is to the ring neighbour
 * {@code k / 2 + 1} places after i (k even) or before it (k odd), unless that tie was rewired to a random
 * customer. Only the rewired ties are stored (a tenth of them in the UK baseline), so the network costs about 9
 * bytes a customer instead of 4 a tie: the whole adult population's ties fit beside its relationships.
 */
public final class SocialNetwork implements Serializable {
    public final int size;
    public final int degree;
    /** Customer i's rewired ties are entries {@code firstRewired[i]} to {@code firstRewired[i + 1] - 1}. */
    private final int[] firstRewired;
    /** Which of the customer's ties each entry replaces (degree is at most 100). */
    private final byte[] rewiredTie;
    private final int[] rewiredTo;

    private SocialNetwork(int size, int degree, int[] firstRewired, byte[] rewiredTie, int[] rewiredTo) {
        this.size = size;
        this.degree = degree;
        this.firstRewired = firstRewired;
        this.rewiredTie = rewiredTie;
        this.rewiredTo = rewiredTo;
    }

    /** Customer's tie k, 0 &lt;= k &lt; degree. */
    public int tie(int customer, int k) {
        for (int r = firstRewired[customer], end = firstRewired[customer + 1]; r < end; r++) {
            if (rewiredTie[r] == k) {
                return rewiredTo[r];
            }
        }
        return ringNeighbour(size, customer, k);
    }

    /** The customer's tie k before any rewiring. */
    public static int ringNeighbour(int size, int customer, int k) {
        int offset = k / 2 + 1;
        return k % 2 == 0 ? (customer + offset) % size : (customer - offset + size) % size;
    }

    /** Builds a network customer by customer, each customer's rewired ties in the order of their tie number. */
    public static final class Builder {
        private final int size;
        private final int degree;
        private final int[] firstRewired;
        private byte[] rewiredTie = new byte[16];
        private int[] rewiredTo = new int[16];
        private int count;
        private int customer;

        public Builder(int size, int degree) {
            if (degree > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("degree must be at most " + Byte.MAX_VALUE);
            }
            this.size = size;
            this.degree = degree;
            this.firstRewired = new int[size + 1];
        }

        /** Rewires tie k of the customer being built to {@code to}. */
        public void rewire(int k, int to) {
            if (count == rewiredTo.length) {
                int grown = Math.max(16, count + (count >> 1));
                rewiredTie = Arrays.copyOf(rewiredTie, grown);
                rewiredTo = Arrays.copyOf(rewiredTo, grown);
            }
            rewiredTie[count] = (byte) k;
            rewiredTo[count++] = to;
        }

        /** Closes the customer being built; the next rewire belongs to the next customer. */
        public void nextCustomer() {
            firstRewired[++customer] = count;
        }

        public SocialNetwork build() {
            if (customer != size) {
                throw new IllegalStateException(customer + " of " + size + " customers built");
            }
            return new SocialNetwork(size, degree, firstRewired, Arrays.copyOf(rewiredTie, count),
                    Arrays.copyOf(rewiredTo, count));
        }
    }
}
