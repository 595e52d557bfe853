package uk.cxsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The network stores only rewired ties and answers every tie as a full adjacency table would. */
class SocialNetworkTest {

    @Test
    void everyTieMatchesAFullTableOfTheSameRewiring() {
        int size = 500;
        int degree = 10;
        Random rng = new Random(42);
        int[] full = new int[size * degree];
        SocialNetwork.Builder b = new SocialNetwork.Builder(size, degree);
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < degree; k++) {
                int offset = k / 2 + 1;
                full[i * degree + k] = k % 2 == 0 ? (i + offset) % size : (i - offset + size) % size;
                if (rng.nextDouble() < 0.3) {
                    full[i * degree + k] = rng.nextInt(size);
                    b.rewire(k, full[i * degree + k]);
                }
            }
            b.nextCustomer();
        }
        SocialNetwork n = b.build();
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < degree; k++) {
                assertEquals(full[i * degree + k], n.tie(i, k), "customer " + i + ", tie " + k);
            }
        }
    }

    @Test
    void theRingWrapsAtBothEnds() {
        assertEquals(1, SocialNetwork.ringNeighbour(10, 0, 0));
        assertEquals(9, SocialNetwork.ringNeighbour(10, 0, 1));
        assertEquals(8, SocialNetwork.ringNeighbour(10, 0, 3));
        assertEquals(1, SocialNetwork.ringNeighbour(10, 9, 2));
    }

    @Test
    void aNetworkIsBuiltOnlyWhenEveryCustomerIsClosed() {
        SocialNetwork.Builder b = new SocialNetwork.Builder(3, 2);
        b.nextCustomer();
        assertThrows(IllegalStateException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> new SocialNetwork.Builder(3, 128));
    }
}
