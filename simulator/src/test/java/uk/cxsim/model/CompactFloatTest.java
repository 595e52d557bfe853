package uk.cxsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sixteen-bit frustration: every code round-trips, values land on their nearest code, the ends are held. */
class CompactFloatTest {

    @Test
    void everyCodeDecodesToAValueThatEncodesBackToItAndValuesRiseWithCodes() {
        float previous = -1;
        for (int code = 0; code <= 0xFFFF; code++) {
            float v = CompactFloat.decode(code);
            assertEquals(code, CompactFloat.encode(v), "code " + code);
            assertTrue(v > previous, "code " + code + " is above the one before");
            previous = v;
        }
    }

    @Test
    void aValueInRangeLandsOnTheNearerOfItsTwoNeighbouringCodes() {
        SplitMixRandom rng = new SplitMixRandom(7);
        for (int n = 0; n < 200_000; n++) {
            float v = (float) (CompactFloat.MIN * Math.pow(CompactFloat.MAX / CompactFloat.MIN, rng.nextDouble()));
            int code = CompactFloat.encode(v);
            float kept = CompactFloat.decode(code);
            assertTrue(Math.abs(kept - v) / v <= CompactFloat.RELATIVE_STEP / 2, v + " kept as " + kept);
            float below = CompactFloat.decode(Math.max(1, code - 1));
            float above = CompactFloat.decode(Math.min(0xFFFF, code + 1));
            assertTrue(Math.abs(kept - v) <= Math.abs(below - v) && Math.abs(kept - v) <= Math.abs(above - v),
                    v + " is nearest to " + kept);
        }
    }

    @Test
    void zeroNegativeTinyAndHugeValuesAreHeldAtTheEnds() {
        assertEquals(0f, CompactFloat.decode(CompactFloat.encode(0f)));
        assertEquals(0f, CompactFloat.decode(CompactFloat.encode(-3f)));
        assertEquals(0f, CompactFloat.decode(CompactFloat.encode(Float.NaN)));
        assertEquals(0f, CompactFloat.decode(CompactFloat.encode(CompactFloat.MIN / 4)));
        assertEquals(CompactFloat.MAX, CompactFloat.decode(CompactFloat.encode(1e30f)));
        assertEquals(CompactFloat.MAX, CompactFloat.decode(CompactFloat.encode(Float.POSITIVE_INFINITY)));
        assertTrue(CompactFloat.MIN < 0.0001f && CompactFloat.MAX > 100_000f,
                CompactFloat.MIN + " to " + CompactFloat.MAX);
    }
}
