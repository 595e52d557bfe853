package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * Cost lines, and how a business case discounts them.
 *
 * @param acquisitionToRetentionRatio cost of acquiring a customer relative to retaining one (evidence: 6)
 * @param costPerContact              GBP per handled contact by channel (Channel order), for failure demand
 * @param customerTimeGbpPerHour      value of an hour of customers' time spent waiting, trapped, searching or
 *                                    repeating themselves; 0 leaves customer time unpriced
 * @param agentHourGbp                loaded cost of one paid agent hour (wage, employer's costs, overheads)
 * @param nonAgentCostPerContact      GBP per contact by channel (Channel order) beyond agent time (telephony,
 *                                    platforms, post); priced into each run's service cost
 * @param agentHourSavingRealised     share of a fall in agent hours paid that becomes a saving (rosters do not
 *                                    shrink at once); a rise is paid in full
 * @param horizonYears                years a business case counts (net present value, payback)
 * @param discountRate                annual discount rate of the net present value
 */
public record CostParams(double acquisitionToRetentionRatio, double[] costPerContact, double customerTimeGbpPerHour,
                         double agentHourGbp, double[] nonAgentCostPerContact, double agentHourSavingRealised,
                         int horizonYears, double discountRate) implements Serializable {
}
