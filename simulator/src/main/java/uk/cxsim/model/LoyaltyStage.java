package uk.cxsim.model;

/** The loyalty ladder: prospect, customer, client, supporter, advocate. */
public enum LoyaltyStage {
    PROSPECT("prospect"),
    CUSTOMER("customer"),
    CLIENT("client"),
    SUPPORTER("supporter"),
    ADVOCATE("advocate");

    public static final int COUNT = values().length;
    private static final LoyaltyStage[] VALUES = values();

    private final String key;

    LoyaltyStage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static LoyaltyStage of(int ordinal) {
        return VALUES[ordinal];
    }
}
