package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * A supplier and its service design: the strategist's levers.
 *
 * @param marketShare            share of the sector's relationships at start
 * @param attractiveness         utility its brand adds when a customer picks a supplier (brand awareness and all the
 *                               model does not see); fitted so that the stated shares are the market's steady state
 * @param attractivenessTrendPerYear how much its attractiveness rises (or falls, below 0) each year of the run: a
 *                               market trend a scenario states; 0 keeps the fitted market stationary
 * @param priceIndex             price relative to the market (1 = average)
 * @param productQuality         shifts the product-dissatisfaction hazard by exp(-quality)
 * @param reputation             reputation at start (net mentions per customer-year)
 * @param campaignIntensity      strength of its offers to competitors' customers (1 = average)
 * @param channels               one entry per Channel (offered or not)
 * @param firstContactResolution share of agent contacts that resolve the issue when the agent is empowered
 * @param transferRate           share of agent contacts transferred to another agent
 * @param callback               phone offers a callback instead of holding (virtual hold)
 * @param empowerment            share of staff able to act without "I'll ask my supervisor"
 * @param helpFindability        chance a customer finds how to get help on the website or app
 * @param onboardingDays         days from yes to an active relationship (a prospect waits this long)
 * @param exitFriction           how hard leaving is, 0..1
 * @param doorOpen               win-back effort after a customer leaves, 0 (door slammed) .. 1
 * @param delightBudget          share of good contacts given an unexpected extra
 * @param investment             what the scenario's change costs this supplier (for the business case)
 */
public record SupplierParams(
        String name,
        double marketShare,
        double attractiveness,
        double attractivenessTrendPerYear,
        double priceIndex,
        double productQuality,
        double reputation,
        double campaignIntensity,
        ChannelParams[] channels,
        IvrParams ivr,
        CrmParams crm,
        double firstContactResolution,
        double transferRate,
        boolean callback,
        double empowerment,
        double helpFindability,
        double onboardingDays,
        double exitFriction,
        double doorOpen,
        double delightBudget,
        InvestmentParams investment) implements Serializable {

    public ChannelParams channel(uk.cxsim.model.Channel c) {
        return channels[c.ordinal()];
    }
}
