package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * summary.json: a run's headline figures, scaled to the population and given per year, as means over its
 * replications, with a 95% confidence interval for every figure. One replication's summary has the same shape
 * without the three last keys.
 *
 * @param leaveReasonShares   share of leavers for each of the evidence's reasons, by reason key
 * @param driverShares        share of treatment leavers by the driver that frustrated them most, by driver key
 * @param costLines           what each GBP line sums, by line (in the order of its names)
 * @param customerMinutes     minutes customers spent a year, by what they spent them on
 * @param confidenceIntervals each figure's mean and 95% interval over the replications, by the figure's dotted name
 */
public record SummaryFile(
        String scenario,
        int customers,
        long population,
        double scaleFactor,
        String scaling,
        int days,
        double costOfPoorServiceGbp,
        double relationshipsLostToTreatment,
        double avgValuePerLostRelationshipGbp,
        double leavers,
        Map<String, Double> leaveReasonShares,
        String leaveReasonSharesMeaning,
        double wonBackFromRivals,
        Map<String, Double> driverShares,
        String driverSharesMeaning,
        double meanMinutesTrappedInIvr,
        double meanWaitMinutes,
        double abandonRate,
        double acquisitionCostGbp,
        double failureDemandGbp,
        double lostSalesGbp,
        double puttingRightGbp,
        double complaints,
        double customerTimeGbp,
        Map<String, String> costLines,
        Map<String, Double> customerMinutes,
        Double contacts,
        Double repeatContacts,
        Double lostProspects,
        Double wonBack,
        List<Sector> sectors,
        List<Supplier> suppliers,
        Operations operations,
        SteadyState steadyState,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer replications,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, FigureInterval> confidenceIntervals,
        @JsonInclude(JsonInclude.Include.NON_NULL) String confidenceIntervalsMeaning) {

    /** The summary of several replications: these figures (their means) with the intervals over them. */
    public SummaryFile replicated(int replications, Map<String, FigureInterval> intervals, String meaning) {
        return new SummaryFile(scenario, customers, population, scaleFactor, scaling, days, costOfPoorServiceGbp,
                relationshipsLostToTreatment, avgValuePerLostRelationshipGbp, leavers, leaveReasonShares,
                leaveReasonSharesMeaning, wonBackFromRivals, driverShares, driverSharesMeaning,
                meanMinutesTrappedInIvr, meanWaitMinutes, abandonRate, acquisitionCostGbp, failureDemandGbp,
                lostSalesGbp, puttingRightGbp, complaints, customerTimeGbp, costLines, customerMinutes, contacts,
                repeatContacts, lostProspects, wonBack, sectors, suppliers, operations, steadyState, replications,
                intervals, meaning);
    }

    /** One sector's figures. */
    public record Sector(String name, double costOfPoorServiceGbp, double relationshipsLostToTreatment,
                         double leavers, double acquisitionCostGbp, double failureDemandGbp, double lostSalesGbp) {
    }

    /** One supplier's figures. */
    public record Supplier(String sector, String name, double customersStart, double customersEnd,
                           double relationshipsLostToTreatment, double costOfPoorServiceGbp, double joined,
                           double prospects, double lostProspects, double referrals, double joinedByReferral,
                           double failureDemandGbp, double agentHoursPaid) {
    }

    /** How the contact centres ran: agent hours, service levels and failure demand by kind. */
    public record Operations(Double agentHoursOnDuty, Double agentHoursPaid, Double answeredWithinTargetShare,
                             Double phoneHoursMeetingTargetShare, Double phonePeakHourAbandonShare,
                             Double avoidableContacts, FailureDemandByKind failureDemandByKind, String meaning) {
    }

    /** Failure demand (GBP a year) by the kind of avoidable contact. */
    public record FailureDemandByKind(Double repeatsGbp, Double retriesGbp, Double transfersGbp,
                                      Double channelSwitchesGbp) {
    }

    /**
     * How far the measured days were from a steady state.
     *
     * @param loyaltyShareChangePts change of each loyalty stage's share of relationships, by stage key
     */
    public record SteadyState(double relationshipsChangePct, Map<String, Double> loyaltyShareChangePts,
                              double treatmentLeaversChangePct, String meaning) {
    }

    /** A figure's mean over the replications, standard deviation and 95% Student-t interval of the mean. */
    public record FigureInterval(double mean, double sd, double ci95Low, double ci95High) {
    }
}
