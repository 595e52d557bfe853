package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * An age band of the adult population.
 *
 * @param share                 share of adults
 * @param toleranceMultiplier   scales the tolerance of customers in this band (below 1: quicker to leave)
 * @param contactRateMultiplier scales how often they get in touch
 * @param channelPreference     share preferring each channel (Channel order); also their taste in fallbacks
 */
public record AgeBandParams(
        String name,
        double share,
        double toleranceMultiplier,
        double contactRateMultiplier,
        double[] channelPreference) implements Serializable {
}
