package uk.cxsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * A market sector.
 *
 * @param relationshipValueGbp         annual revenue of one relationship
 * @param holdShare                    share of adults who hold a relationship in the sector
 * @param contactsPerYear              new contacts per relationship per year (repeats come on top)
 * @param reasonMix                    share of contacts by ContactReason
 * @param productDissatisfactionPerYear hazard of leaving because of the product (at product quality 0)
 * @param competitorOfferPerYear       hazard of leaving for a better offer (average price sensitivity)
 * @param stopUsingPerYear             hazard of stopping using the sector altogether
 * @param retentionCostGbp             cost of retaining a customer for a year
 * @param saleValueGbp                 value of a sales contact converted
 * @param marginShare                  contribution margin on a relationship's revenue: revenue less every cost
 *                                     that varies with the number of relationships, other than the contact-centre,
 *                                     per-contact and complaint costs the model prices itself (0 to 1)
 * @param acquisitionCostGbp           what gaining one relationship costs (commissions, incentives, comparison-site
 *                                     fees, onboarding not simulated as contacts)
 * @param complaintCosts               what a formal complaint costs to put right
 */
public record SectorParams(
        String name,
        double relationshipValueGbp,
        double holdShare,
        double contactsPerYear,
        double[] reasonMix,
        double productDissatisfactionPerYear,
        double competitorOfferPerYear,
        double stopUsingPerYear,
        double retentionCostGbp,
        double saleValueGbp,
        double marginShare,
        double acquisitionCostGbp,
        ComplaintCostParams complaintCosts,
        List<SupplierParams> suppliers) implements Serializable {

    /** Contribution margin of one relationship for one day (GBP). */
    public double dailyMarginGbp() {
        return relationshipValueGbp * marginShare / uk.cxsim.model.Clock.DAYS_PER_YEAR;
    }
}
