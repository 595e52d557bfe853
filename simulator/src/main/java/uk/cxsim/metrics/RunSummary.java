package uk.cxsim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;

/**
 * The headline figures of one run, scaled from the simulated customers to the population. Flows (leavers, GBP,
 * contacts, minutes) are per year: the measured days are annualised. Each GBP figure is one cost line; none is
 * mixed with another.
 */
public final class RunSummary {
    /** Figures for one sector (scaled). */
    public record SectorFigures(String name, double costOfPoorServiceGbp, double relationshipsLostToTreatment,
                                double leavers, double[] leaversByReason, double acquisitionCostGbp,
                                double failureDemandGbp, double lostSalesGbp, double relationshipsAtEnd) {
    }

    private final RunRecord record;
    private final double scale;
    private final double flow;
    private final SectorTotals sectorTotals;
    private final List<SectorFigures> sectors = new ArrayList<>();
    private final double[] leaversByReason = new double[LeaveReason.COUNT];

    public RunSummary(RunRecord record) {
        this.record = record;
        this.scale = record.scaleFactor();
        this.flow = scale * Clock.DAYS_PER_YEAR / record.params().days();
        this.sectorTotals = SectorTotals.of(record, flow);
        ScenarioParams p = record.params();
        for (int k = 0; k < p.sectors().size(); k++) {
            SectorParams s = p.sectors().get(k);
            double[] byReason = new double[LeaveReason.COUNT];
            double leavers = 0;
            for (int r = 0; r < byReason.length; r++) {
                byReason[r] = sectorTotals.simulated(k, Metric.left(LeaveReason.of(r)));
                leaversByReason[r] += byReason[r];
                if (LeaveReason.of(r).evidence()) {
                    leavers += byReason[r];
                }
                byReason[r] *= flow;
            }
            double lost = byReason[LeaveReason.TREATMENT.ordinal()];
            sectors.add(new SectorFigures(s.name(), CostOfPoorService.gbp(lost, s), lost, leavers * flow, byReason,
                    lost * s.acquisitionCostGbp(),
                    sectorTotals.total(k, Metric.FAILURE_DEMAND_GBP), sectorTotals.total(k, Metric.LOST_SALES_GBP),
                    sectorTotals.relationshipsAtEnd(k) * scale));
        }
    }

    public RunRecord record() {
        return record;
    }

    public List<SectorFigures> sectors() {
        return sectors;
    }

    /** Every counter summed by sector. */
    public SectorTotals sectorTotals() {
        return sectorTotals;
    }

    /** Every counter and service rate supplier by supplier (rows in the scenario's supplier order). */
    public TallyRows supplierFigures() {
        return new TallyRows(record.measured(), flow);
    }

    /** One supplier's cost of poor service a year in the population ({@link CostOfPoorService}). */
    public double supplierCostOfPoorServiceGbp(int supplier, SectorParams sector) {
        return CostOfPoorService.gbp(record.measured().get(supplier, Metric.LEFT_TREATMENT), sector) * flow;
    }

    /** Real adults per simulated customer: multiplies stocks such as relationships held. */
    public double scale() {
        return scale;
    }

    /** Multiplies a simulated count over the measured days into a count per year in the population. */
    public double flowFactor() {
        return flow;
    }

    /** Leavers in the population per year for the evidence's six reasons (customers won back by rivals apart). */
    public double leavers() {
        double n = 0;
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            n += leaversByReason[r.ordinal()];
        }
        return n * flow;
    }

    public double leavers(LeaveReason r) {
        return leaversByReason[r.ordinal()] * flow;
    }

    /** Share of leavers (for the evidence's six reasons) who left for this reason. */
    public double leaveShare(LeaveReason r) {
        double all = leavers();
        return all > 0 ? leavers(r) / all : 0;
    }

    /**
     * Share of the living leavers (every evidence reason but death) who left for this reason: how a survey of
     * living customers counts them.
     */
    public double livingLeaveShare(LeaveReason r) {
        double living = leavers() - leavers(LeaveReason.DIED);
        return living > 0 && r != LeaveReason.DIED ? leavers(r) / living : 0;
    }

    /** Revenue lost to treatment: relationships ended for treatment times their sector's annual value. */
    public double costOfPoorServiceGbp() {
        return sectors.stream().mapToDouble(SectorFigures::costOfPoorServiceGbp).sum();
    }

    public double relationshipsLostToTreatment() {
        return leavers(LeaveReason.TREATMENT);
    }

    public double avgValuePerLostRelationshipGbp() {
        double n = relationshipsLostToTreatment();
        return n > 0 ? costOfPoorServiceGbp() / n : 0;
    }

    /** Cost of acquiring replacements for relationships lost to treatment. */
    public double acquisitionCostGbp() {
        return sectors.stream().mapToDouble(SectorFigures::acquisitionCostGbp).sum();
    }

    /** What complaints cost to put right a year: handling, redress and ombudsman fees, at each sector's prices. */
    public double puttingRightGbp() {
        double gbp = 0;
        for (int k = 0; k < sectors.size(); k++) {
            gbp += sectorTotals.total(k, Metric.COMPLAINTS)
                    * record.params().sectors().get(k).complaintCosts().perComplaintGbp();
        }
        return gbp;
    }

    public double failureDemandGbp() {
        return sectors.stream().mapToDouble(SectorFigures::failureDemandGbp).sum();
    }

    public double lostSalesGbp() {
        return sectors.stream().mapToDouble(SectorFigures::lostSalesGbp).sum();
    }

    /** Minutes customers lost waiting, trapped, searching and repeating themselves, per year. */
    public double customerMinutes() {
        return total(Metric.WAIT_MINUTES) + total(Metric.TRAPPED_MINUTES) + total(Metric.SEARCH_MINUTES)
                + total(Metric.REPEAT_MINUTES);
    }

    /** Customer time priced at the scenario's value of an hour (0 unless the scenario sets one). */
    public double customerTimeGbp() {
        return customerMinutes() / Clock.MINUTES_PER_HOUR * record.params().costs().customerTimeGbpPerHour();
    }

    /** Share of treatment leavers whose dominant misery was this driver. */
    public double driverShare(Driver d) {
        double all = 0;
        for (Driver other : Driver.values()) {
            all += simulatedTotal(Metric.driver(other));
        }
        return all > 0 ? simulatedTotal(Metric.driver(d)) / all : 0;
    }

    /** Relationships lost to treatment a year whose largest source of frustration was this driver. */
    public double treatmentLeavers(Driver d) {
        return simulatedTotal(Metric.driver(d)) * flow;
    }

    /** Moments of misery of this driver, per year. */
    public double miseries(Driver d) {
        return simulatedTotal(Metric.misery(d)) * flow;
    }

    /** Sum of a metric over all suppliers, per year in the population if its unit is a count, minutes or GBP. */
    public double total(Metric m) {
        double v = simulatedTotal(m);
        return m.unit().scaled() ? v * flow : v;
    }

    private double simulatedTotal(Metric m) {
        double v = 0;
        SupplierTally t = record.measured();
        for (int g = 0; g < t.suppliers(); g++) {
            v += t.get(g, m);
        }
        return v;
    }

    public double meanMinutesTrappedInIvr() {
        double trapped = total(Metric.TRAPPED);
        return trapped > 0 ? total(Metric.TRAPPED_MINUTES) / trapped : 0;
    }

    public double abandonRate() {
        double queued = total(Metric.QUEUED);
        return queued > 0 ? total(Metric.ABANDONED) / queued : 0;
    }

    public double meanWaitMinutes() {
        double queued = total(Metric.QUEUED);
        return queued > 0 ? total(Metric.WAIT_MINUTES) / queued : 0;
    }

    /**
     * Every headline figure as a flat map of dotted names to values: what experiments compare and replicate.
     */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("costOfPoorServiceGbp", costOfPoorServiceGbp());
        f.put("relationshipsLostToTreatment", relationshipsLostToTreatment());
        f.put("avgValuePerLostRelationshipGbp", avgValuePerLostRelationshipGbp());
        f.put("leavers", leavers());
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            f.put("leaveReasonShares." + r.key(), leaveShare(r));
        }
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            if (r != LeaveReason.DIED) {
                f.put("livingLeaverShares." + r.key(), livingLeaveShare(r));
            }
        }
        f.put("wonBackFromRivals", leavers(LeaveReason.WON_BACK));
        for (Driver d : Driver.values()) {
            f.put("driverShares." + d.key(), driverShare(d));
        }
        for (Driver d : Driver.values()) {
            f.put("treatmentLeaversByDriver." + d.key(), treatmentLeavers(d));
        }
        f.put("meanMinutesTrappedInIvr", meanMinutesTrappedInIvr());
        f.put("meanWaitMinutes", meanWaitMinutes());
        f.put("abandonRate", abandonRate());
        f.put("acquisitionCostGbp", acquisitionCostGbp());
        f.put("failureDemandGbp", failureDemandGbp());
        f.put("lostSalesGbp", lostSalesGbp());
        f.put("customerTimeGbp", customerTimeGbp());
        f.put("failureDemand.repeatsGbp", total(Metric.FAILURE_REPEATS_GBP));
        f.put("failureDemand.retriesGbp", total(Metric.FAILURE_RETRIES_GBP));
        f.put("failureDemand.transfersGbp", total(Metric.FAILURE_TRANSFERS_GBP));
        f.put("failureDemand.channelSwitchesGbp", total(Metric.FAILURE_SWITCHES_GBP));
        f.put("contacts", total(Metric.CONTACTS));
        f.put("repeatContacts", total(Metric.REPEAT_CONTACTS));
        f.put("avoidableContacts", total(Metric.AVOIDABLE_REPEATS) + total(Metric.AVOIDABLE_RETRIES)
                + total(Metric.AVOIDABLE_TRANSFERS) + total(Metric.AVOIDABLE_SWITCHES));
        f.put("treatmentLeaversLeavingSectorShare", treatmentLeaversLeavingSectorShare());
        f.put("referrals", total(Metric.REFERRALS));
        f.put("joinedByReferral", total(Metric.JOINED_BY_REFERRAL));
        f.put("agentHoursOnDuty", total(Metric.AGENT_HOURS_ON_DUTY));
        f.put("agentHoursPaid", total(Metric.AGENT_HOURS_PAID));
        putServiceLevels(f);
        putSteadyState(f);
        putSegments(f);
        f.put("complaints", total(Metric.COMPLAINTS));
        f.put("puttingRightGbp", puttingRightGbp());
        f.put("exitBarriersMet", total(Metric.EXIT_BARRIERS));
        f.put("lostProspects", total(Metric.LOST_PROSPECTS));
        f.put("wonBack", total(Metric.WON_BACK));
        f.put("lostSales", total(Metric.LOST_SALES));
        f.put("delights", total(Metric.DELIGHTS));
        for (Driver d : Driver.values()) {
            f.put("miseries." + d.key(), miseries(d));
        }
        putFans(f);
        f.put("customerMinutes.waiting", total(Metric.WAIT_MINUTES));
        f.put("customerMinutes.trappedInIvr", total(Metric.TRAPPED_MINUTES));
        f.put("customerMinutes.searchingForHelp", total(Metric.SEARCH_MINUTES));
        f.put("customerMinutes.repeatingInformation", total(Metric.REPEAT_MINUTES));
        f.put("customerHoursLost", customerMinutes() / Clock.MINUTES_PER_HOUR);
        for (int k = 0; k < sectors.size(); k++) {
            putSector(f, k);
        }
        return f;
    }

    private void putServiceLevels(Map<String, Double> f) {
        ServiceLevels levels = serviceLevels();
        f.put("serviceLevel.answeredWithinTargetShare", levels.answeredWithinTarget());
        f.put("serviceLevel.phoneHoursMeetingTargetShare", levels.hoursMeetingTarget(Channel.PHONE));
        f.put("serviceLevel.phonePeakHourAbandonShare", levels.peakHourAbandonShare(Channel.PHONE));
        f.put("serviceLevel.phoneMeanWaitSeconds", levels.meanWaitSeconds(Channel.PHONE));
    }

    private void putSteadyState(Map<String, Double> f) {
        SteadyState steady = steadyState();
        f.put("steadyState.relationshipsChangePct", steady.relationshipsChangePct());
        for (int k = 0; k < SteadyState.STAGES.size(); k++) {
            f.put("steadyState.loyaltyShareChangePts." + SteadyState.STAGES.get(k).key(),
                    steady.loyaltyShareChangePts()[k]);
        }
        f.put("steadyState.treatmentLeaversChangePct", steady.treatmentLeaversChangePct());
    }

    /** Adults who ended a relationship for treatment, in all and by age band, and treatment losses per adult. */
    private void putSegments(Map<String, Double> f) {
        Segments seg = record.segments();
        f.put("adultsEndedForTreatmentShare", adultsShare(sum(seg.endedForTreatmentAnySector())));
        for (int b = 0; b < seg.bands().size(); b++) {
            String band = "segments." + seg.bands().get(b) + ".";
            f.put(band + "adultsEndedForTreatmentShare", ratio(seg.endedForTreatmentAnySector()[b], seg.adults()[b]));
            if (b + 1 < seg.bands().size()) {
                f.put(band + "adultsEndedForTreatmentVsOlder", olderRatio(seg, b));
            }
            double lost = 0;
            for (int k = 0; k < sectors.size(); k++) {
                lost += seg.leavers(k, b, LeaveReason.TREATMENT);
            }
            f.put(band + "relationshipsLostToTreatmentPerAdult",
                    ratio(lost * Clock.DAYS_PER_YEAR / record.params().days(), seg.adults()[b]));
        }
    }

    /** Advocates and supporters (together: fans) on the last day, scaled to the population. */
    private void putFans(Map<String, Double> f) {
        double[] byStage = new double[LoyaltyStage.COUNT];
        for (double[] stages : record.last().byStage()) {
            for (int st = 0; st < stages.length; st++) {
                byStage[st] += stages[st] * scale;
            }
        }
        f.put("advocates", byStage[LoyaltyStage.ADVOCATE.ordinal()]);
        f.put("supporters", byStage[LoyaltyStage.SUPPORTER.ordinal()]);
        f.put("fans", byStage[LoyaltyStage.SUPPORTER.ordinal()] + byStage[LoyaltyStage.ADVOCATE.ordinal()]);
    }

    /** Sector {@code k}'s own figures, under {@code sectors.NAME.}. */
    private void putSector(Map<String, Double> f, int k) {
        SectorFigures s = sectors.get(k);
        String prefix = "sectors." + s.name() + ".";
        f.put(prefix + "costOfPoorServiceGbp", s.costOfPoorServiceGbp());
        f.put(prefix + "relationshipsLostToTreatment", s.relationshipsLostToTreatment());
        f.put(prefix + "leavers", s.leavers());
        f.put(prefix + "failureDemandGbp", s.failureDemandGbp());
        f.put(prefix + "lostSalesGbp", s.lostSalesGbp());
        f.put(prefix + "lostProspects", sectorTotals.total(k, Metric.LOST_PROSPECTS));
        f.put(prefix + "wonBack", sectorTotals.total(k, Metric.WON_BACK));
        f.put(prefix + "complaints", sectorTotals.total(k, Metric.COMPLAINTS));
        f.put(prefix + "complaintsPerRelationship", ratio(sectorTotals.simulated(k, Metric.COMPLAINTS)
                * Clock.DAYS_PER_YEAR, sectorTotals.simulated(k, Metric.RELATIONSHIP_DAYS)));
        f.put(prefix + "adultsEndedForTreatmentShare", adultsShare(sum(record.segments().endedForTreatment()[k])));
        double relationshipYears = sectorTotals.simulated(k, Metric.RELATIONSHIP_DAYS) / Clock.DAYS_PER_YEAR;
        f.put(prefix + "switchingPerRelationship",
                ratio(sectorTotals.simulated(k, Metric.GAINED_FROM_RIVALS), relationshipYears));
        f.put(prefix + "leaversPerRelationship", ratio(s.leavers() / flow, relationshipYears));
    }

    /**
     * How much more likely an adult of this age band was to end a relationship for treatment than an adult of any
     * older band: the evidence's "27-43 year olds 60% more likely to leave" read as a share of adults.
     */
    private static double olderRatio(Segments seg, int band) {
        double ended = 0;
        double adults = 0;
        for (int b = band + 1; b < seg.bands().size(); b++) {
            ended += seg.endedForTreatmentAnySector()[b];
            adults += seg.adults()[b];
        }
        double older = ratio(ended, adults);
        return older > 0 ? ratio(seg.endedForTreatmentAnySector()[band], seg.adults()[band]) / older : 0;
    }

    /** How far the measured period is from a steady state. */
    public SteadyState steadyState() {
        return SteadyState.of(record);
    }

    /** Service levels hour by hour. */
    public ServiceLevels serviceLevels() {
        return new ServiceLevels(record);
    }

    /** Share of treatment leavers who stopped buying in the sector altogether (for a while). */
    public double treatmentLeaversLeavingSectorShare() {
        double left = total(Metric.LEFT_TREATMENT);
        return left > 0 ? total(Metric.TREATMENT_LEFT_SECTOR) / left : 0;
    }

    /** A figure worked out on request: {@value #ANY_OF}A|B (adults who ended a relationship in A or B). */
    public static final String ANY_OF = "adultsEndedForTreatmentShare.anyOf.";

    /** A figure computed on request rather than listed in {@link #figures()}, or null if the name is not one. */
    public Double figure(String name) {
        if (!name.startsWith(ANY_OF)) {
            return null;
        }
        List<Integer> indexes = new ArrayList<>();
        for (String sector : name.substring(ANY_OF.length()).split("\\|")) {
            int k = -1;
            for (int s = 0; s < sectors.size(); s++) {
                if (sectors.get(s).name().equals(sector)) {
                    k = s;
                }
            }
            if (k < 0) {
                return null;
            }
            indexes.add(k);
        }
        return adultsShare(record.segments().endedForTreatmentInAnyOf(indexes));
    }

    private double adultsShare(double adults) {
        return ratio(adults, record.segments().totalAdults());
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
