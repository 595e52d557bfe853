package uk.cxsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * How customers differ. Each trait is drawn once per customer (lognormal with the given mean and
 * coefficient of variation unless stated).
 *
 * @param patienceMinutes        mean minutes a caller waits in a queue before hanging up
 * @param acceptableWaitMinutes  queue wait beyond which a call counts as "waited too long"
 * @param acceptableAsyncHours   email/social answer time beyond which it counts as "waited too long"
 * @param acceptableLeadDays     branch appointment lead time beyond which it counts as "waited too long"
 * @param toleranceMean          frustration a customer absorbs before leaving for treatment
 * @param sensitivity            weight of each misery driver (Driver order), mean 1 = neutral
 * @param sensitivityCv          spread of those weights between customers
 * @param naturalSwitcherShare   share of customers who move from supplier to supplier
 * @param naturalSwitchPerYear   switching hazard of a natural switcher, per relationship per year
 * @param priceSensitivityMean   mean price sensitivity (1 = average) scaling the competitor-offer hazard
 * @param mortalityPerYear       death hazard per adult per year; the dead are replaced by new adults
 * @param prospectPatienceDays   days a prospect waits for a supplier to answer before trying another
 */
public record PeopleParams(
        List<AgeBandParams> ageBands,
        double patienceMinutes,
        double patienceCv,
        double acceptableWaitMinutes,
        double acceptableWaitCv,
        double acceptableAsyncHours,
        double acceptableLeadDays,
        double toleranceMean,
        double toleranceCv,
        double[] sensitivity,
        double sensitivityCv,
        double naturalSwitcherShare,
        double naturalSwitchPerYear,
        double priceSensitivityMean,
        double priceSensitivityCv,
        double mortalityPerYear,
        double prospectPatienceDays) implements Serializable {
}
