package uk.cxsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The engine's random stream draws what the JDK's SplitMix64 draws, and carries on exactly after being saved. */
class SplitMixRandomTest {
    @Test
    void drawsTheSameNumbersAsSplittableRandomSeededAlike() {
        Random plan = new Random(20261123L);
        for (int stream = 0; stream < 200; stream++) {
            long seed = plan.nextLong();
            SplittableRandom jdk = new SplittableRandom(seed);
            SplitMixRandom own = new SplitMixRandom(seed);
            for (int draw = 0; draw < 5_000; draw++) {
                switch (plan.nextInt(6)) {
                    case 0 -> assertEquals(jdk.nextInt(), own.nextInt());
                    case 1 -> {
                        // small, power-of-two and huge bounds: the huge ones reject often
                        int bound = switch (draw % 3) {
                            case 0 -> 1 + plan.nextInt(10);
                            case 1 -> 1 << plan.nextInt(31);
                            default -> (1 << 30) + plan.nextInt(1 << 30);
                        };
                        assertEquals(jdk.nextInt(bound), own.nextInt(bound), "bound " + bound);
                    }
                    case 2 -> assertEquals(jdk.nextDouble(), own.nextDouble());
                    case 3 -> assertEquals(jdk.nextBoolean(), own.nextBoolean());
                    case 4 -> assertEquals(jdk.nextGaussian(), own.nextGaussian());
                    default -> assertEquals(jdk.nextLong(), own.nextLong());
                }
            }
        }
    }

    @Test
    void aSavedStreamContinuesWhereItStopped() throws IOException, ClassNotFoundException {
        SplitMixRandom r = new SplitMixRandom(42);
        for (int k = 0; k < 1000; k++) {
            r.nextInt(7);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        SplitMixRandom copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SplitMixRandom) in.readObject();
        }
        for (int k = 0; k < 1000; k++) {
            assertEquals(r.nextLong(), copy.nextLong());
        }
    }

    @Test
    void aBoundMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SplitMixRandom(1).nextInt(0));
    }
}
