package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * A supplier and its service design: the strategist's levers, in groups of a few values each (so that two of the
 * many numbers cannot swap places unnoticed where one is made), with an accessor per value.
 *
 * @param market       where it stands in its market at start
 * @param offer        what it sells, at what price, and how it is seen
 * @param channels     one entry per Channel (offered or not)
 * @param ivr          its phone menu
 * @param crm          what its agents know of the customer
 * @param service      how its agents handle a contact
 * @param relationship how it takes customers on and lets them go
 * @param investment   what the scenario's change costs this supplier (for the business case)
 */
public record SupplierParams(
        String name,
        Market market,
        Offer offer,
        ChannelParams[] channels,
        IvrParams ivr,
        CrmParams crm,
        Service service,
        Relationship relationship,
        InvestmentParams investment) implements Serializable {

    /**
     * Where a supplier stands in its market.
     *
     * @param marketShare                share of the sector's relationships at start
     * @param attractiveness             utility its brand adds when a customer picks a supplier (brand awareness and
     *                                   all the model does not see); fitted so that the stated shares are the
     *                                   market's steady state
     * @param attractivenessTrendPerYear how much its attractiveness rises (or falls, below 0) each year of the run: a
     *                                   market trend a scenario states; 0 keeps the fitted market stationary
     */
    public record Market(double marketShare, double attractiveness, double attractivenessTrendPerYear)
            implements Serializable {
    }

    /**
     * What a supplier sells and how it is seen.
     *
     * @param priceIndex        price relative to the market (1 = average)
     * @param productQuality    shifts the product-dissatisfaction hazard by exp(-quality)
     * @param reputation        reputation at start (net mentions per customer-year)
     * @param campaignIntensity strength of its offers to competitors' customers (1 = average)
     */
    public record Offer(double priceIndex, double productQuality, double reputation, double campaignIntensity)
            implements Serializable {
    }

    /**
     * How a supplier's agents handle a contact.
     *
     * @param firstContactResolution share of agent contacts that resolve the issue when the agent is empowered
     * @param transferRate           share of agent contacts transferred to another agent
     * @param callback               phone offers a callback instead of holding (virtual hold)
     * @param empowerment            share of staff able to act without "I'll ask my supervisor"
     * @param helpFindability        chance a customer finds how to get help on the website or app
     */
    public record Service(double firstContactResolution, double transferRate, boolean callback, double empowerment,
                          double helpFindability) implements Serializable {
    }

    /**
     * How a supplier takes customers on and lets them go.
     *
     * @param onboardingDays days from yes to an active relationship (a prospect waits this long)
     * @param exitFriction   how hard leaving is, 0..1
     * @param doorOpen       win-back effort after a customer leaves, 0 (door slammed) .. 1
     * @param delightBudget  share of good contacts given an unexpected extra
     */
    public record Relationship(double onboardingDays, double exitFriction, double doorOpen, double delightBudget)
            implements Serializable {
    }

    public ChannelParams channel(uk.cxsim.model.Channel c) {
        return channels[c.ordinal()];
    }

    public double marketShare() {
        return market.marketShare();
    }

    public double attractiveness() {
        return market.attractiveness();
    }

    public double attractivenessTrendPerYear() {
        return market.attractivenessTrendPerYear();
    }

    public double priceIndex() {
        return offer.priceIndex();
    }

    public double productQuality() {
        return offer.productQuality();
    }

    public double reputation() {
        return offer.reputation();
    }

    public double campaignIntensity() {
        return offer.campaignIntensity();
    }

    public double firstContactResolution() {
        return service.firstContactResolution();
    }

    public double transferRate() {
        return service.transferRate();
    }

    public boolean callback() {
        return service.callback();
    }

    public double empowerment() {
        return service.empowerment();
    }

    public double helpFindability() {
        return service.helpFindability();
    }

    public double onboardingDays() {
        return relationship.onboardingDays();
    }

    public double exitFriction() {
        return relationship.exitFriction();
    }

    public double doorOpen() {
        return relationship.doorOpen();
    }

    public double delightBudget() {
        return relationship.delightBudget();
    }
}
