package uk.cxsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.cxsim.model.Channel;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.StaffingParams;

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

    private StaffingParams staffing(NodeReader s) {
        List<String> modes = Arrays.stream(StaffingParams.StaffingMode.values())
                .map(StaffingParams.StaffingMode::key).toList();
        String mode = s.choice("mode", modes, "erlang", "flat: agentsPer10k every open hour; profile: shaped by "
                + "staffingProfile; erlang: agents planned each hour of the week from the forecast load to the "
                + "service-level target, re-planned every replanDays");
        NodeReader sl = s.group("serviceLevel", "The service-level target Erlang planning staffs to");
        double share = sl.number("share", 0.01, 0.999, 0.8, "Share of calls to answer within the threshold");
        double within = sl.number("withinSeconds", 0, 3600, 20.0, "The service-level threshold (seconds)");
        sl.finish();
        double shrinkage = s.number("shrinkage", 0, 0.9, 0.3,
                "Share of paid agent hours off the phones (breaks, training, absence): paid hours = hours on duty "
                        + "/ (1 - shrinkage)");
        int replan = s.integer("replanDays", 1, 3650, 28,
                "Days between two Erlang plans (each plan follows the customer base as it grows or shrinks)");
        String formula = s.choice("formula", List.of("erlangA", "erlangC"), "erlangA",
                "erlangA: callers abandon with the customers' mean patience; erlangC: callers never abandon");
        String roster = s.choice("roster", List.of("hour", "day"), "hour", "Erlang planning: hour puts on duty "
                + "each hour the agents it needs (rosters that follow the calls); day spreads each day's planned agent "
                + "hours evenly over its open hours (fixed daily shifts, the same hours paid)");
        s.finish();
        return new StaffingParams(StaffingParams.StaffingMode.valueOf(mode.toUpperCase(Locale.ROOT)), share, within,
                shrinkage, replan, formula.equals("erlangA"), roster.equals("day"), staffingMultiplier);
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
        StaffingParams staffing = null;
        double handle = 1;
        double selfService = 0;
        double responseHours = 0;
        double answer = 0;
        double lead = 0;
        double patience = 1;
        switch (c.kind()) {
            case QUEUED -> {
                weekday = r.hours("weekdayOpen", c == Channel.BRANCH ? new int[]{9, 17} : new int[]{8, 20},
                        "Opening hours Monday to Friday [from, to]");
                weekend = r.hours("weekendOpen", c == Channel.BRANCH ? new int[]{9, 13} : new int[]{9, 17},
                        "Opening hours Saturday and Sunday [from, to]; [0, 0] closed");
                staffing = staffing(r.group("staffing", "How agents on duty are decided"));
                agents = r.number("agentsPer10k", 0, 10_000, c == Channel.PHONE ? 2.0 : 1.0,
                        "Agents on duty per 10,000 customers at start, at full staffing (staffing.mode flat and "
                                + "profile)");
                if (r.has("staffingProfile") && staffing.mode() != StaffingParams.StaffingMode.PROFILE) {
                    throw r.error("staffingProfile", "applies only with staffing.mode: profile (this channel plans "
                            + "with " + staffing.mode().key() + ")");
                }
                profile = r.numbers("staffingProfile", 24, 0, 1, FLAT,
                        "Share of full staffing on duty by hour of day while open (staffing.mode profile)");
                weekendShare = r.number("weekendStaffing", 0, 10, 1.0,
                        "Share of the weekday staffing on duty at weekends (staffing.mode flat and profile)");
                handle = r.number("handleMinutes", 0.1, 600, c == Channel.BRANCH ? 15.0 : 7.0,
                        "Mean agent handling time in minutes");
                patience = r.number("patienceMultiplier", 0.01, 100, c == Channel.BRANCH ? 3.0 : 1.0,
                        "How much longer than on the phone a customer waits in this queue before giving up "
                                + "(people.patienceMinutes is a caller's)");
                if (c == Channel.BRANCH) {
                    lead = r.number("appointmentLeadDays", 0, 365, 2.0,
                            "Days to the first appointment for problems and sales");
                }
                if (offered && agents <= 0 && staffing.mode() != StaffingParams.StaffingMode.ERLANG) {
                    throw r.error("agentsPer10k", "an offered " + c.key() + " channel staffed "
                            + staffing.mode().key() + " needs agents above 0");
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
        return new ChannelParams(offered, weekday, weekend, agents, profile, weekendShare, staffing, handle,
                selfService,
                responseHours,
                answer, canOrder, lead, prospectAnswer, prospectDays, patience);
    }

    private static boolean offeredByDefault(Channel c) {
        return c == Channel.PHONE || c == Channel.WEB || c == Channel.EMAIL;
    }
}
