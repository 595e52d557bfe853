package uk.cxsim.behaviour;

import uk.cxsim.model.Channel;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.SupplierParams;

/** The effort, in minutes, a customer expects a channel of a supplier to take; used to pick fallbacks. */
public final class ChannelEffort {
    /** Minutes of getting to a branch and back. */
    static final double BRANCH_TRAVEL_MINUTES = 30;
    /** Minutes a customer expects to wait in a queue before knowing better. */
    static final double EXPECTED_QUEUE_MINUTES = 5;

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
            case ASYNC -> 10 + 60 * p.responseHours() / 10 + (1 - p.answerProbability()) * 30;
            case SELF_SERVICE -> 5 + (1 - s.helpFindability()) * searchMinutes
                    + (1 - p.selfServiceSuccess()) * searchMinutes;
        };
    }
}
