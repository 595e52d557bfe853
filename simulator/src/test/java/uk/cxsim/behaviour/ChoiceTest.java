package uk.cxsim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.Channel;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.ChoiceParams;

/** Channel choice and supplier choice: logits over what is allowed. */
class ChoiceTest {
    private static final int DRAWS = 40_000;

    @Test
    void channelFallbackNeverPicksAChannelThatIsNotAllowed() {
        double[] taste = new double[Channel.COUNT];
        double[] effort = new double[Channel.COUNT];
        java.util.Arrays.fill(taste, 1);
        int allowed = (1 << Channel.WEB.ordinal()) | (1 << Channel.EMAIL.ordinal());
        SplitMixRandom rng = new SplitMixRandom(1);
        for (int k = 0; k < 2_000; k++) {
            int c = ChannelChoice.fallback(rng, taste, effort, allowed, 10);
            assertEquals(true, c == Channel.WEB.ordinal() || c == Channel.EMAIL.ordinal(), "picked " + c);
        }
        assertEquals(-1, ChannelChoice.fallback(rng, taste, effort, 0, 10));
    }

    @Test
    void channelFallbackWeighsTasteAgainstEffort() {
        double[] taste = new double[Channel.COUNT];
        double[] effort = new double[Channel.COUNT];
        taste[Channel.WEB.ordinal()] = 1;
        taste[Channel.CHAT.ordinal()] = 1;
        effort[Channel.CHAT.ordinal()] = 10 * Math.log(3); // three times less attractive at an effort scale of 10
        int allowed = (1 << Channel.WEB.ordinal()) | (1 << Channel.CHAT.ordinal());
        double web = share(rng -> ChannelChoice.fallback(rng, taste, effort, allowed, 10), Channel.WEB.ordinal());
        assertEquals(0.75, web, 0.01);
    }

    @Test
    void supplierUtilityAddsEachTermWithItsWeight() {
        ChoiceParams p = new ChoiceParams(2, 3, 5, 7, 1);
        double u = SupplierChoice.utility(p, 0.5, 0.9, 2, 0.1, -1, 11);
        assertEquals(2 * 0.5 + 3 * 2 * (1 - 0.9) - 5 * 0.1 + 7 * -1 + 11, u, 1e-12);
    }

    @Test
    void supplierChoiceFollowsLogitProbabilitiesAmongThoseNotExcluded() {
        double[] utility = {0, Math.log(3), 100};
        long excluded = 1L << 2;
        double first = share(rng -> SupplierChoice.choose(rng, utility, excluded), 0);
        assertEquals(0.25, first, 0.01);
        SplitMixRandom rng = new SplitMixRandom(3);
        for (int k = 0; k < 1_000; k++) {
            assertNotEquals(2, SupplierChoice.choose(rng, utility, excluded));
        }
        assertEquals(-1, SupplierChoice.choose(rng, utility, 0b111));
    }

    private static double share(java.util.function.ToIntFunction<SplitMixRandom> draw, int value) {
        SplitMixRandom rng = new SplitMixRandom(42);
        int n = 0;
        for (int k = 0; k < DRAWS; k++) {
            if (draw.applyAsInt(rng) == value) {
                n++;
            }
        }
        return n / (double) DRAWS;
    }
}
