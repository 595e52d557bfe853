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
 * @param retentionCostGbp             cost of retaining a customer for a year; acquisition costs the ratio times this
 * @param saleValueGbp                 value of a sales contact converted
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
        List<SupplierParams> suppliers) implements Serializable {
}
