package uk.cxsim.metrics;

import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;

/**
 * Counters kept per supplier during a run, declared once. All are cumulative sums; daily values are
 * differences of daily snapshots.
 */
public enum Metric {
    NEEDS("needs", Unit.COUNT, "New needs that made a customer get in touch"),
    CONTACTS("contacts", Unit.COUNT, "Contact attempts through a channel (repeats, retries and switches included)"),
    REPEAT_CONTACTS("repeatContacts", Unit.COUNT, "Contacts caused by an unresolved earlier contact (failure demand)"),
    RETRIES("retries", Unit.COUNT, "Calls made again after hanging up in a queue"),
    CHANNEL_SWITCHES("channelSwitches", Unit.COUNT, "Contacts moved to another channel after a channel failed"),
    GAVE_UP("gaveUp", Unit.COUNT, "Needs abandoned after too many attempts"),
    QUEUED("queued", Unit.COUNT, "Arrivals in an agent queue (transfers included)"),
    ANSWERED("answered", Unit.COUNT, "Queue arrivals answered by an agent"),
    ABANDONED("abandoned", Unit.COUNT, "Queue arrivals who hung up before being answered"),
    WAIT_MINUTES("waitMinutes", Unit.MINUTES, "Minutes customers spent waiting in agent queues"),
    TRAPPED("trappedInIvr", Unit.COUNT, "Callers trapped in the automated phone menu"),
    TRAPPED_MINUTES("trappedMinutes", Unit.MINUTES, "Minutes callers spent trapped in the automated phone menu"),
    SEARCH_MINUTES("searchMinutes", Unit.MINUTES, "Minutes spent hunting for help in web and app self-service"),
    REPEAT_MINUTES("repeatMinutes", Unit.MINUTES, "Minutes customers spent repeating their story"),
    TRANSFERS("transfers", Unit.COUNT, "Contacts transferred to another agent"),
    RESOLVED("resolved", Unit.COUNT, "Contacts that resolved the need"),
    UNRESOLVED("unresolved", Unit.COUNT, "Contacts that ended with the need unresolved"),
    SALES_MADE("salesMade", Unit.COUNT, "Sales contacts completed"),
    LOST_SALES("lostSales", Unit.COUNT, "Sales contacts the channel could not take"),
    LOST_SALES_TO_COMPETITOR("lostSalesToCompetitor", Unit.COUNT, "Lost sales that went to a competitor"),
    LOST_SALES_GBP("lostSalesGbp", Unit.GBP, "Value of lost sales"),
    DELIGHTS("delights", Unit.COUNT, "Magic moments: an unexpected extra on a good contact"),
    FAILURE_DEMAND_GBP("failureDemandGbp", Unit.GBP,
            "Cost of handling avoidable contacts: repeats, retries, transfers and channel switches"),
    AVOIDABLE_REPEATS("avoidable.repeats", Unit.COUNT, "Contacts made again because an earlier one left the need "
            + "unresolved"),
    AVOIDABLE_RETRIES("avoidable.retries", Unit.COUNT, "Contacts made again after hanging up in a queue"),
    AVOIDABLE_TRANSFERS("avoidable.transfers", Unit.COUNT, "Contacts passed to another agent"),
    AVOIDABLE_SWITCHES("avoidable.channelSwitches", Unit.COUNT, "Contacts made in another channel after one failed"),
    FAILURE_REPEATS_GBP("failureDemand.repeatsGbp", Unit.GBP, "Cost of handling repeat contacts"),
    FAILURE_RETRIES_GBP("failureDemand.retriesGbp", Unit.GBP, "Cost of handling retries after hanging up"),
    FAILURE_TRANSFERS_GBP("failureDemand.transfersGbp", Unit.GBP, "Cost of handling transferred contacts"),
    FAILURE_SWITCHES_GBP("failureDemand.channelSwitchesGbp", Unit.GBP,
            "Cost of handling contacts moved to another channel"),
    ANSWERED_IN_TARGET("answeredWithinTarget", Unit.COUNT,
            "Queue arrivals answered within the channel's service-level threshold"),
    AGENT_HOURS_ON_DUTY("agentHours.onDuty", Unit.HOURS, "Agent hours on duty in queued channels"),
    AGENT_HOURS_PAID("agentHours.paid", Unit.HOURS, "Agent hours paid in queued channels (on duty plus shrinkage)"),
    MISERY_REPEAT_INFORMATION("misery.repeatInformation", Unit.COUNT, "Moments of misery: had to repeat information"),
    MISERY_TRAPPED("misery.trappedInSelfService", Unit.COUNT, "Moments of misery: trapped in self-service"),
    MISERY_WAITED("misery.waitedTooLong", Unit.COUNT, "Moments of misery: waited too long"),
    MISERY_NO_HISTORY("misery.agentDoesNotKnowHistory", Unit.COUNT, "Moments of misery: agent did not know history"),
    MISERY_CHANNEL("misery.channelUnavailable", Unit.COUNT, "Moments of misery: channel of choice unavailable"),
    MISERY_UNRESOLVED("misery.issueNotResolved", Unit.COUNT, "Moments of misery: issue not resolved"),
    LEFT_TREATMENT("left.treatment", Unit.COUNT, "Relationships ended because of treatment"),
    LEFT_PRODUCT("left.product", Unit.COUNT, "Relationships ended because of the product"),
    LEFT_COMPETITOR("left.competitorOffer", Unit.COUNT, "Relationships ended for a competitor's offer"),
    LEFT_NATURAL("left.naturalSwitcher", Unit.COUNT, "Relationships ended by natural switchers"),
    LEFT_STOPPED("left.stoppedUsing", Unit.COUNT, "Relationships ended because the customer stopped using the sector"),
    LEFT_DIED("left.died", Unit.COUNT, "Relationships ended because the customer died"),
    LEFT_WON_BACK("left.wonBack", Unit.COUNT, "Relationships ended because a former supplier won the customer back"),
    TREATMENT_LEFT_SECTOR("treatmentLeftSector", Unit.COUNT,
            "Treatment leavers who stopped buying in the sector altogether (for a while)"),
    DRIVER_REPEAT_INFORMATION("driver.repeatInformation", Unit.COUNT, "Treatment leavers whose main misery was "
            + "repeating information"),
    DRIVER_TRAPPED("driver.trappedInSelfService", Unit.COUNT, "Treatment leavers whose main misery was being trapped "
            + "in self-service"),
    DRIVER_WAITED("driver.waitedTooLong", Unit.COUNT, "Treatment leavers whose main misery was waiting too long"),
    DRIVER_NO_HISTORY("driver.agentDoesNotKnowHistory", Unit.COUNT, "Treatment leavers whose main misery was an agent "
            + "not knowing their history"),
    DRIVER_CHANNEL("driver.channelUnavailable", Unit.COUNT, "Treatment leavers whose main misery was their channel "
            + "being unavailable"),
    DRIVER_UNRESOLVED("driver.issueNotResolved", Unit.COUNT, "Treatment leavers whose main misery was an unresolved "
            + "issue"),
    JOINED("joined", Unit.COUNT, "Relationships started (new customers won, after onboarding)"),
    REFERRALS("referrals", Unit.COUNT, "Contacts who approached the supplier on a fan's recommendation"),
    JOINED_BY_REFERRAL("joinedByReferral", Unit.COUNT, "Relationships started on a fan's recommendation"),
    WON_BACK("wonBack", Unit.COUNT, "Former customers won back"),
    GAINED_FROM_RIVALS("gainedFromRivals", Unit.COUNT,
            "Relationships started by customers whose last supplier in the sector was a rival (counted on joining)"),
    LOST_TO_RIVALS("lostToRivals", Unit.COUNT,
            "Former customers who started a relationship with a rival (counted when they join it)"),
    LOST_TO_RIVALS_AFTER_TREATMENT("lostToRivalsAfterTreatment", Unit.COUNT,
            "Former customers who had left for treatment and started a relationship with a rival"),
    PROSPECTS("prospects", Unit.COUNT, "Prospects who approached the supplier"),
    LOST_PROSPECTS("lostProspects", Unit.COUNT, "Prospects not answered in time, who went elsewhere"),
    RELATIONSHIP_DAYS("relationshipDays", Unit.COUNT, "Relationships held, summed over the days (margin accrues on "
            + "each)"),
    RELATIONSHIP_DAYS_FROM_RIVALS("relationshipDays.fromRivals", Unit.COUNT,
            "Relationship-days of relationships won from a rival in the sector (their latest start)"),
    COMPLAINTS("complaints", Unit.COUNT, "Formal complaints made (handled, redressed, some sent to an ombudsman)"),
    EXIT_BARRIERS("exitBarriersMet", Unit.COUNT,
            "Customers who met the supplier's exit barriers, held by them or on their way out"),
    NON_AGENT_SERVICE_GBP("serviceCost.nonAgentGbp", Unit.GBP,
            "Cost of contacts beyond agent time (telephony, platforms, post), at each channel's cost per contact");

    public static final int COUNT = values().length;
    private static final Metric[] VALUES = values();

    private final String key;
    private final Unit unit;
    private final String description;

    Metric(String key, Unit unit, String description) {
        this.key = key;
        this.unit = unit;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public static Metric misery(Driver d) {
        return VALUES[MISERY_REPEAT_INFORMATION.ordinal() + d.ordinal()];
    }

    public static Metric left(LeaveReason r) {
        return VALUES[LEFT_TREATMENT.ordinal() + r.ordinal()];
    }

    public static Metric driver(Driver d) {
        return VALUES[DRIVER_REPEAT_INFORMATION.ordinal() + d.ordinal()];
    }
}
