package uk.cxsim.model;

/**
 * Moments of misery that build frustration. The first five are the breakdown drivers of the evidence;
 * an unresolved issue is a sixth source of frustration the model needs for failure demand.
 */
public enum Driver {
    REPEAT_INFORMATION("repeatInformation", "Had to repeat the same information"),
    TRAPPED_IN_SELF_SERVICE("trappedInSelfService", "Trapped in automated self-service"),
    WAITED_TOO_LONG("waitedTooLong", "Waited too long to be served"),
    AGENT_DOES_NOT_KNOW_HISTORY("agentDoesNotKnowHistory", "Agent did not know my history"),
    CHANNEL_UNAVAILABLE("channelUnavailable", "Channel of choice unavailable"),
    ISSUE_NOT_RESOLVED("issueNotResolved", "Issue not resolved");

    public static final int COUNT = values().length;
    private static final Driver[] VALUES = values();

    private final String key;
    private final String label;

    Driver(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Bit used to carry this misery in an event's flag word. */
    public int bit() {
        return 1 << ordinal();
    }

    public static Driver of(int ordinal) {
        return VALUES[ordinal];
    }
}
