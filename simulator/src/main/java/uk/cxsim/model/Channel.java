package uk.cxsim.model;

/** The ways a customer can reach a supplier, and how each is served. */
public enum Channel {
    PHONE("phone", Kind.QUEUED),
    BRANCH("branch", Kind.QUEUED),
    WEB("web", Kind.SELF_SERVICE),
    APP("app", Kind.SELF_SERVICE),
    EMAIL("email", Kind.ASYNC),
    CHAT("chat", Kind.QUEUED),
    SOCIAL("social", Kind.ASYNC);

    /** How contacts on a channel are served. */
    public enum Kind {
        /** Agents on duty serve a FIFO queue in real time (phone, chat, branch counter). */
        QUEUED,
        /** The customer writes and waits hours for an answer (email, social media). */
        ASYNC,
        /** The customer serves themselves; failure pushes them to another channel (web, app). */
        SELF_SERVICE
    }

    public static final int COUNT = values().length;
    private static final Channel[] VALUES = values();

    private final String key;
    private final Kind kind;

    Channel(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The name used in scenarios and outputs. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public static Channel of(int ordinal) {
        return VALUES[ordinal];
    }
}
