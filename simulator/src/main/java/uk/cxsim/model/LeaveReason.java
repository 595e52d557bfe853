package uk.cxsim.model;

/** The one recorded reason a relationship ends. */
public enum LeaveReason {
    TREATMENT("treatment", "How they were treated"),
    PRODUCT("product", "Dissatisfied with the product"),
    COMPETITOR_OFFER("competitorOffer", "Better offer from a competitor"),
    NATURAL_SWITCHER("naturalSwitcher", "Natural switcher"),
    STOPPED_USING("stoppedUsing", "Stopped using the service"),
    DIED("died", "Died");

    public static final int COUNT = values().length;
    private static final LeaveReason[] VALUES = values();

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
        return this != STOPPED_USING && this != DIED;
    }

    public static LeaveReason of(int ordinal) {
        return VALUES[ordinal];
    }
}
