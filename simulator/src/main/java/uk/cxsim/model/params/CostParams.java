package uk.cxsim.model.params;

/**
 * Cost lines.
 *
 * @param acquisitionToRetentionRatio cost of acquiring a customer relative to retaining one (evidence: 6)
 * @param costPerContact              GBP per handled contact by channel (Channel order), for failure demand
 * @param customerTimeGbpPerHour      value of an hour of customers' time spent waiting, trapped, searching or
 *                                    repeating themselves; 0 leaves customer time unpriced
 */
public record CostParams(double acquisitionToRetentionRatio, double[] costPerContact, double customerTimeGbpPerHour) {
}
