package uk.cxsim.behaviour;

import uk.cxsim.model.Channel;
import uk.cxsim.model.SplitMixRandom;

/**
 * Picking a channel when the preferred one is not available: a logit over the channels still open to the
 * customer, on their taste for each channel and the supplier's expected effort there.
 */
public final class ChannelChoice {
    private ChannelChoice() {
    }

    /**
     * @param taste          the customer's taste per channel (their age band's preference shares)
     * @param effortMinutes  expected effort per channel at this supplier
     * @param allowedMask    bit c set if channel c may be chosen
     * @param effortScale    minutes of effort worth one unit of utility
     * @return the chosen channel ordinal, or -1 if no channel is allowed
     */
    public static int fallback(SplitMixRandom rng, double[] taste, double[] effortMinutes, int allowedMask,
                               double effortScale) {
        double[] w = new double[Channel.COUNT];
        boolean any = false;
        for (int c = 0; c < Channel.COUNT; c++) {
            if ((allowedMask & (1 << c)) != 0) {
                w[c] = Math.max(taste[c], 0.01) * Math.exp(-effortMinutes[c] / effortScale);
                any = true;
            }
        }
        return any ? Sampling.categorical(rng, w) : -1;
    }
}
