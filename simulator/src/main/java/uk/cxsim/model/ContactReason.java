package uk.cxsim.model;

/** Why a customer gets in touch. */
public enum ContactReason {
    SERVICE_REQUEST("serviceRequest"),
    PROBLEM("problem"),
    COMPLAINT("complaint"),
    SALES("sales");

    public static final int COUNT = values().length;
    private static final ContactReason[] VALUES = values();

    private final String key;

    ContactReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ContactReason of(int ordinal) {
        return VALUES[ordinal];
    }
}
