package uk.cxsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * A market sector, its values in groups of a few each (so that two of its many numbers cannot swap places unnoticed
 * where one is made), with an accessor per value.
 *
 * @param demand         who holds a relationship and how often they get in touch
 * @param hazards        reasons to leave that are not treatment
 * @param money          what a relationship is worth and what winning, keeping and selling cost
 * @param complaintCosts what a formal complaint costs to put right
 * @param suppliers      its suppliers
 */
public record SectorParams(
        String name,
        Demand demand,
        Hazards hazards,
        Money money,
        ComplaintCostParams complaintCosts,
        List<SupplierParams> suppliers) implements Serializable {

    /**
     * Who holds a relationship in the sector and how often they get in touch.
     *
     * @param holdShare       share of adults who hold a relationship in the sector
     * @param contactsPerYear new contacts per relationship per year (repeats come on top)
     * @param reasonMix       share of contacts by ContactReason
     */
    public record Demand(double holdShare, double contactsPerYear, double[] reasonMix) implements Serializable {
    }

    /**
     * Reasons to leave that are not treatment, per relationship per year.
     *
     * @param productDissatisfactionPerYear hazard of leaving because of the product (at product quality 0)
     * @param competitorOfferPerYear        hazard of leaving for a better offer (average price sensitivity)
     * @param stopUsingPerYear              hazard of stopping using the sector altogether
     */
    public record Hazards(double productDissatisfactionPerYear, double competitorOfferPerYear,
                          double stopUsingPerYear) implements Serializable {
    }

    /**
     * What a relationship is worth and what winning, keeping and selling cost.
     *
     * @param relationshipValueGbp annual revenue of one relationship
     * @param marginShare          contribution margin on a relationship's revenue: revenue less every cost that
     *                             varies with the number of relationships, other than the contact-centre,
     *                             per-contact and complaint costs the model prices itself (0 to 1)
     * @param retentionCostGbp     cost of retaining a customer for a year
     * @param saleValueGbp         value of a sales contact converted
     * @param acquisitionCostGbp   what gaining one relationship costs (commissions, incentives, comparison-site fees,
     *                             onboarding not simulated as contacts)
     */
    public record Money(double relationshipValueGbp, double marginShare, double retentionCostGbp, double saleValueGbp,
                        double acquisitionCostGbp) implements Serializable {
    }

    /** Contribution margin of one relationship for one day (GBP). */
    public double dailyMarginGbp() {
        return relationshipValueGbp() * marginShare() / uk.cxsim.model.Clock.DAYS_PER_YEAR;
    }

    public double holdShare() {
        return demand.holdShare();
    }

    public double contactsPerYear() {
        return demand.contactsPerYear();
    }

    public double[] reasonMix() {
        return demand.reasonMix();
    }

    public double productDissatisfactionPerYear() {
        return hazards.productDissatisfactionPerYear();
    }

    public double competitorOfferPerYear() {
        return hazards.competitorOfferPerYear();
    }

    public double stopUsingPerYear() {
        return hazards.stopUsingPerYear();
    }

    public double relationshipValueGbp() {
        return money.relationshipValueGbp();
    }

    public double marginShare() {
        return money.marginShare();
    }

    public double retentionCostGbp() {
        return money.retentionCostGbp();
    }

    public double saleValueGbp() {
        return money.saleValueGbp();
    }

    public double acquisitionCostGbp() {
        return money.acquisitionCostGbp();
    }
}
