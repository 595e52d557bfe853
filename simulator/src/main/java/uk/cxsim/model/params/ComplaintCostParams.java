package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * What a sector's formal complaint costs the supplier to put right, beyond the agent time its contacts already
 * take (GBP per complaint, at the population's scale).
 *
 * @param handlingGbp     investigating and answering it (complaint handlers, written final response)
 * @param redressGbp      redress and goodwill paid, averaged over every complaint received
 * @param ombudsmanShare  share of complaints that go on to the sector's ombudsman
 * @param ombudsmanFeeGbp the case fee the supplier pays the ombudsman for each
 */
public record ComplaintCostParams(double handlingGbp, double redressGbp, double ombudsmanShare,
                                  double ombudsmanFeeGbp) implements Serializable {
    /** The expected cost of one complaint. */
    public double perComplaintGbp() {
        return handlingGbp + redressGbp + ombudsmanShare * ombudsmanFeeGbp;
    }
}
