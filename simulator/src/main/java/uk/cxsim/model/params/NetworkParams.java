package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * The small-world social network (Watts-Strogatz).
 *
 * @param degree ties per customer (even)
 * @param rewire probability each tie is rewired to a random customer
 */
public record NetworkParams(int degree, double rewire) implements Serializable {
}
