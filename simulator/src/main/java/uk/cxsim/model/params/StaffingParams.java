package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * How a supplier staffs one queued channel (phone, chat, branch counter).
 *
 * <p>{@code FLAT} puts {@code agentsPer10k} on duty every open hour; {@code PROFILE} shapes that by the hourly
 * staffing profile; {@code ERLANG} plans agents for every hour of the week from the forecast load to a service-level
 * target, the way contact centres plan, and re-plans as the customer base grows or shrinks.
 *
 * @param mode                how agents on duty are decided
 * @param serviceLevelShare   share of calls to answer within {@code withinSeconds} (Erlang planning)
 * @param withinSeconds       the service-level threshold in seconds
 * @param shrinkage           share of paid agent hours not spent on the phones (breaks, training, absence): paid
 *                            hours are hours on duty / (1 - shrinkage)
 * @param replanDays          days between two plans (Erlang planning)
 * @param erlangA             plan with Erlang A (callers abandon with the customers' mean patience) or Erlang C
 * @param rosterByDay         Erlang planning rosters each day's planned agent hours evenly over its open hours (fixed
 *                            daily shifts) instead of hour by hour as the calls come
 * @param multiplier          multiplies the agents on duty decided by the mode (a staffing lever)
 */
public record StaffingParams(
        StaffingMode mode,
        double serviceLevelShare,
        double withinSeconds,
        double shrinkage,
        int replanDays,
        boolean erlangA,
        boolean rosterByDay,
        double multiplier) implements Serializable {

    /** How agents on duty are decided. */
    public enum StaffingMode {
        FLAT("flat"), PROFILE("profile"), ERLANG("erlang");

        private final String key;

        StaffingMode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
