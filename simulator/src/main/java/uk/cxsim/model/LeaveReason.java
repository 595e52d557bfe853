package uk.cxsim.model;

/**
 * The one recorded reason a relationship ends: the six of the evidence, and a win-back by a former supplier,
 * reported beside them.
 */
public enum LeaveReason {
    TREATMENT("treatment", "How they were treated"),
    PRODUCT("product", "Dissatisfied with the product"),
    COMPETITOR_OFFER("competitorOffer", "Better offer from a competitor"),
    NATURAL_SWITCHER("naturalSwitcher", "Natural switcher"),
    STOPPED_USING("stoppedUsing", "Stopped using the service"),
    DIED("died", "Died"),
    /** Not one of the evidence's six: a former supplier called and won the customer back from this one. */
    WON_BACK("wonBack", "Won back by a former supplier");

    public static final int COUNT = values().length;
    private static final LeaveReason[] VALUES = values();
    /** The six reasons of the evidence, whose shares of leavers the evidence gives (all but WON_BACK). */
    public static final java.util.List<LeaveReason> EVIDENCE =
            java.util.List.of(TREATMENT, PRODUCT, COMPETITOR_OFFER, NATURAL_SWITCHER, STOPPED_USING, DIED);

    private final String key;
    private final String label;

    LeaveReason(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether a customer leaving for this reason looks for another supplier in the sector. */
    public boolean seeksReplacement() {
        return this != STOPPED_USING && this != DIED && this != WON_BACK;
    }

    /** One of the six reasons the evidence counts. */
    public boolean evidence() {
        return this != WON_BACK;
    }

    public static LeaveReason of(int ordinal) {
        return VALUES[ordinal];
    }
}
