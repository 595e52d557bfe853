package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * One channel of one supplier. Fields that do not apply to the channel's kind are ignored.
 *
 * @param offered                    whether the supplier offers this channel at all
 * @param weekdayOpen                opening hour and closing hour Monday to Friday, {from, to}; {0, 24} is always
 * @param weekendOpen                opening hours Saturday and Sunday; {0, 0} closed
 * @param agentsPer10k               agents on duty per 10,000 customers at start, at full staffing (flat and profile
 *                                   staffing)
 * @param staffingProfile            share of full staffing on duty by hour of day while open (24 values)
 * @param weekendStaffing            share of the weekday staffing on duty at weekends
 * @param staffing                   how agents on duty are decided (queued channels)
 * @param handleMinutes              mean agent handling time
 * @param selfServiceSuccess         chance a self-service attempt completes the task once help is found
 * @param responseHours              mean hours to answer an email or social message
 * @param answerProbability          chance an email or social message is answered at all
 * @param canOrder                   whether a sale can be completed in this channel
 * @param appointmentLeadDays        days to the first branch appointment for problems and sales
 * @param prospectAnswerProbability  chance a prospect approaching through this channel is answered
 * @param prospectResponseDays       mean days to answer a prospect
 * @param patienceMultiplier         how much longer than a caller a customer waits in this queue before giving up
 */
public record ChannelParams(
        boolean offered,
        int[] weekdayOpen,
        int[] weekendOpen,
        double agentsPer10k,
        double[] staffingProfile,
        double weekendStaffing,
        StaffingParams staffing,
        double handleMinutes,
        double selfServiceSuccess,
        double responseHours,
        double answerProbability,
        boolean canOrder,
        double appointmentLeadDays,
        double prospectAnswerProbability,
        double prospectResponseDays,
        double patienceMultiplier) implements Serializable {

    /** Whether the channel is open at this hour of the week (0 = Monday 00:00). */
    public boolean isOpen(int hourOfWeek) {
        if (!offered) {
            return false;
        }
        int day = hourOfWeek / 24;
        int hour = hourOfWeek % 24;
        int[] open = day < 5 ? weekdayOpen : weekendOpen;
        return hour >= open[0] && hour < open[1];
    }
}
