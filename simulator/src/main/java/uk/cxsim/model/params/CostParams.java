package uk.cxsim.model.params;

/**
 * Cost lines.
 *
 * @param acquisitionToRetentionRatio cost of acquiring a customer relative to retaining one (evidence: 6)
 * @param costPerContact              GBP per handled contact by channel (Channel order), for failure demand
 */
public record CostParams(double acquisitionToRetentionRatio, double[] costPerContact) {
}
