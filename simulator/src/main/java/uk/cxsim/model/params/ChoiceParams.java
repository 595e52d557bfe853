package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * Logit weights a customer uses to pick a supplier and a fallback channel.
 *
 * @param reputationWeight utility per unit of reputation (net mentions per customer-year)
 * @param priceWeight      utility per unit of price index below average, times price sensitivity
 * @param serviceWeight    utility per unit of a supplier's misery rate avoided (miseries per contact)
 * @param friendsWeight    utility per net friend opinion
 * @param effortScaleMinutes minutes of expected effort worth one unit of utility when picking a fallback channel
 */
public record ChoiceParams(
        double reputationWeight,
        double priceWeight,
        double serviceWeight,
        double friendsWeight,
        double effortScaleMinutes) implements Serializable {
}
