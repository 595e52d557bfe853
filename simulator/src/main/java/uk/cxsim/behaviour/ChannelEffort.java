package uk.cxsim.behaviour;

import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.SupplierParams;

/** The effort, in minutes, a customer expects a channel of a supplier to take; used to pick fallbacks. */
public final class ChannelEffort {
    /** Minutes of getting to a branch and back. */
    static final double BRANCH_TRAVEL_MINUTES = 30;
    /** Minutes a customer expects to wait in a queue before knowing better. */
    static final double EXPECTED_QUEUE_MINUTES = 5;
    /** Minutes a self-service task (or a completed digital sale) takes when it works. */
    public static final double SELF_SERVICE_MINUTES = 5.0;
    /** Minutes of writing a message, email or letter. */
    static final double WRITING_MINUTES = 10;
    /** Minutes of waiting for a written reply that weigh as one minute of effort. */
    static final double REPLY_WAIT_PER_EFFORT_MINUTE = 10;
    /** Minutes of effort lost to a written message that is never answered. */
    static final double UNANSWERED_MESSAGE_MINUTES = 30;

    private ChannelEffort() {
    }

    public static double expectedMinutes(SupplierParams s, Channel c, double searchMinutes) {
        ChannelParams p = s.channel(c);
        return switch (c.kind()) {
            case QUEUED -> {
                double m = p.handleMinutes() + EXPECTED_QUEUE_MINUTES;
                if (c == Channel.PHONE) {
                    double trap = s.ivr().escapeHatch()
                            ? Math.min(s.ivr().trapMinutes(), s.ivr().escapeMinutes()) : s.ivr().trapMinutes();
                    m += s.ivr().trapShare() * trap;
                }
                if (c == Channel.BRANCH) {
                    m += BRANCH_TRAVEL_MINUTES;
                }
                yield m;
            }
            case ASYNC -> WRITING_MINUTES + Clock.MINUTES_PER_HOUR * p.responseHours() / REPLY_WAIT_PER_EFFORT_MINUTE
                    + (1 - p.answerProbability()) * UNANSWERED_MESSAGE_MINUTES;
            case SELF_SERVICE -> SELF_SERVICE_MINUTES + (1 - s.helpFindability()) * searchMinutes
                    + (1 - p.selfServiceSuccess()) * searchMinutes;
        };
    }
}
