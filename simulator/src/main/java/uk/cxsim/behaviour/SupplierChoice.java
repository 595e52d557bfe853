package uk.cxsim.behaviour;

import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.ChoiceParams;

/**
 * A customer looking for a supplier weighs reputation, price, expected service, what friends say and the brand's
 * attractiveness in a multinomial logit.
 */
public final class SupplierChoice {
    private SupplierChoice() {
    }

    /**
     * Utility of one supplier for one customer.
     *
     * @param reputation       the supplier's reputation (net mentions per customer-year)
     * @param priceIndex       its price relative to the market (1 = average)
     * @param priceSensitivity the customer's price sensitivity (1 = average)
     * @param miseryRate       miseries per contact the market sees at this supplier
     * @param friendOpinion    net opinion of the customer's friends about it
     * @param attractiveness   the utility its brand adds (brand awareness, and all the model does not see)
     */
    public static double utility(ChoiceParams p, double reputation, double priceIndex, double priceSensitivity,
                                 double miseryRate, double friendOpinion, double attractiveness) {
        return p.reputationWeight() * reputation
                + p.priceWeight() * priceSensitivity * (1 - priceIndex)
                - p.serviceWeight() * miseryRate
                + p.friendsWeight() * friendOpinion
                + attractiveness;
    }

    /** Draws an index with logit probabilities among those not excluded; -1 if all are excluded. */
    public static int choose(SplitMixRandom rng, double[] utility, long excludedMask) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < utility.length; j++) {
            if ((excludedMask & (1L << j)) == 0) {
                max = Math.max(max, utility[j]);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        double[] w = new double[utility.length];
        for (int j = 0; j < utility.length; j++) {
            if ((excludedMask & (1L << j)) == 0) {
                w[j] = Math.exp(utility[j] - max);
            }
        }
        return Sampling.categorical(rng, w);
    }
}
