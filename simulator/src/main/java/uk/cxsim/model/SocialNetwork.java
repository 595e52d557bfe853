package uk.cxsim.model;

import java.io.Serializable;

/**
 * A small-world network of ties between customers, stored as a compact adjacency array: customer i's
 * ties are {@code ties[i * degree .. i * degree + degree - 1]}.
 */
public final class SocialNetwork implements Serializable {
    public final int size;
    public final int degree;
    public final int[] ties;

    public SocialNetwork(int size, int degree, int[] ties) {
        if (ties.length != (long) size * degree) {
            throw new IllegalArgumentException("ties must hold size * degree entries");
        }
        this.size = size;
        this.degree = degree;
        this.ties = ties;
    }

    public int tie(int customer, int k) {
        return ties[customer * degree + k];
    }
}
