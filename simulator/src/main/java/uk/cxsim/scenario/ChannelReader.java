package uk.cxsim.scenario;

import uk.cxsim.model.Channel;
import uk.cxsim.model.params.ChannelParams;

/** Reads one channel of a supplier; which keys are allowed depends on how the channel is served. */
final class ChannelReader {
    private static final int[] ALWAYS = {0, 24};

    private static final double[] FLAT = flat();

    private final double staffingMultiplier;

    ChannelReader(double staffingMultiplier) {
        this.staffingMultiplier = staffingMultiplier;
    }

    private static double[] flat() {
        double[] v = new double[24];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }

    ChannelParams read(NodeReader r, Channel c) {
        boolean offered = r.flag("offered", offeredByDefault(c), "Whether the supplier offers this channel");
        boolean canOrder = r.flag("canOrder", c != Channel.EMAIL && c != Channel.SOCIAL,
                "Whether a sale can be completed in this channel");
        double prospectAnswer = r.number("prospectAnswerProbability", 0, 1, 0.9,
                "Chance a prospect approaching through this channel is answered");
        double prospectDays = r.number("prospectResponseDays", 0, 365, 1.0, "Mean days to answer a prospect");
        int[] weekday = ALWAYS;
        int[] weekend = ALWAYS;
        double agents = 0;
        double[] profile = FLAT;
        double weekendShare = 1;
        double handle = 1;
        double selfService = 0;
        double responseHours = 0;
        double answer = 0;
        double lead = 0;
        switch (c.kind()) {
            case QUEUED -> {
                weekday = r.hours("weekdayOpen", c == Channel.BRANCH ? new int[]{9, 17} : new int[]{8, 20},
                        "Opening hours Monday to Friday [from, to]");
                weekend = r.hours("weekendOpen", c == Channel.BRANCH ? new int[]{9, 13} : new int[]{9, 17},
                        "Opening hours Saturday and Sunday [from, to]; [0, 0] closed");
                agents = r.number("agentsPer10k", 0, 10_000, c == Channel.PHONE ? 2.0 : 1.0,
                        "Agents on duty per 10,000 customers at start (at full staffing)") * staffingMultiplier;
                profile = r.numbers("staffingProfile", 24, 0, 1, FLAT,
                        "Share of full staffing on duty by hour of day while open");
                weekendShare = r.number("weekendStaffing", 0, 10, 1.0,
                        "Share of the weekday staffing on duty at weekends");
                handle = r.number("handleMinutes", 0.1, 600, c == Channel.BRANCH ? 15.0 : 7.0,
                        "Mean agent handling time in minutes");
                if (c == Channel.BRANCH) {
                    lead = r.number("appointmentLeadDays", 0, 365, 2.0,
                            "Days to the first appointment for problems and sales");
                }
                if (offered && agents <= 0) {
                    throw r.error("agentsPer10k", "an offered " + c.key() + " channel needs agents above 0");
                }
                if (offered && weekday[0] == weekday[1] && weekend[0] == weekend[1]) {
                    throw r.error("weekdayOpen", "an offered " + c.key() + " channel must open at some hour");
                }
            }
            case ASYNC -> {
                responseHours = r.number("responseHours", 0.01, 10_000, c == Channel.EMAIL ? 24.0 : 4.0,
                        "Mean hours to answer a message");
                answer = r.number("answerProbability", 0, 1, 0.9, "Chance a message is answered at all");
            }
            case SELF_SERVICE -> selfService = r.number("selfServiceSuccess", 0, 1, 0.6,
                    "Chance a self-service task succeeds once help is found");
        }
        r.finish();
        return new ChannelParams(offered, weekday, weekend, agents, profile, weekendShare, handle, selfService,
                responseHours,
                answer, canOrder, lead, prospectAnswer, prospectDays);
    }

    private static boolean offeredByDefault(Channel c) {
        return c == Channel.PHONE || c == Channel.WEB || c == Channel.EMAIL;
    }
}
