package uk.cxsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * How customers differ. Each trait is drawn once per customer (lognormal with the given mean and
 * coefficient of variation unless stated). The traits come in groups of a few values each, so that two of the many
 * numbers cannot swap places unnoticed where one is made, with an accessor per value.
 *
 * @param ageBands         the age bands, their shares and what differs between them
 * @param patience         how long callers and prospects wait
 * @param expectations     what counts as waiting too long
 * @param tolerance        how much frustration a customer absorbs, and what they mind
 * @param switching        who moves whatever the service, and how much price matters
 * @param mortalityPerYear death hazard per adult per year; the dead are replaced by new adults
 */
public record PeopleParams(
        List<AgeBandParams> ageBands,
        Patience patience,
        Expectations expectations,
        Tolerance tolerance,
        Switching switching,
        double mortalityPerYear) implements Serializable {

    /**
     * How long people wait.
     *
     * @param patienceMinutes      mean minutes a caller waits in a queue before hanging up
     * @param patienceCv           spread of that patience between callers
     * @param prospectPatienceDays days a prospect waits for a supplier to answer before trying another
     */
    public record Patience(double patienceMinutes, double patienceCv, double prospectPatienceDays)
            implements Serializable {
    }

    /**
     * What counts as waiting too long.
     *
     * @param acceptableWaitMinutes queue wait beyond which a call counts as "waited too long"
     * @param acceptableWaitCv      spread of that limit between customers
     * @param acceptableAsyncHours  email/social answer time beyond which it counts as "waited too long"
     * @param acceptableLeadDays    branch appointment lead time beyond which it counts as "waited too long"
     */
    public record Expectations(double acceptableWaitMinutes, double acceptableWaitCv, double acceptableAsyncHours,
                               double acceptableLeadDays) implements Serializable {
    }

    /**
     * How much frustration a customer absorbs, and what they mind.
     *
     * @param toleranceMean frustration a customer absorbs before leaving for treatment
     * @param toleranceCv   spread of tolerance between customers
     * @param sensitivity   weight of each misery driver (Driver order), mean 1 = neutral
     * @param sensitivityCv spread of those weights between customers
     */
    public record Tolerance(double toleranceMean, double toleranceCv, double[] sensitivity, double sensitivityCv)
            implements Serializable {
    }

    /**
     * Who moves whatever the service, and how much price matters.
     *
     * @param naturalSwitcherShare share of customers who move from supplier to supplier
     * @param naturalSwitchPerYear switching hazard of a natural switcher, per relationship per year
     * @param priceSensitivityMean mean price sensitivity (1 = average) scaling the competitor-offer hazard
     * @param priceSensitivityCv   spread of price sensitivity between customers
     */
    public record Switching(double naturalSwitcherShare, double naturalSwitchPerYear, double priceSensitivityMean,
                            double priceSensitivityCv) implements Serializable {
    }

    public double patienceMinutes() {
        return patience.patienceMinutes();
    }

    public double patienceCv() {
        return patience.patienceCv();
    }

    public double prospectPatienceDays() {
        return patience.prospectPatienceDays();
    }

    public double acceptableWaitMinutes() {
        return expectations.acceptableWaitMinutes();
    }

    public double acceptableWaitCv() {
        return expectations.acceptableWaitCv();
    }

    public double acceptableAsyncHours() {
        return expectations.acceptableAsyncHours();
    }

    public double acceptableLeadDays() {
        return expectations.acceptableLeadDays();
    }

    public double toleranceMean() {
        return tolerance.toleranceMean();
    }

    public double toleranceCv() {
        return tolerance.toleranceCv();
    }

    public double[] sensitivity() {
        return tolerance.sensitivity();
    }

    public double sensitivityCv() {
        return tolerance.sensitivityCv();
    }

    public double naturalSwitcherShare() {
        return switching.naturalSwitcherShare();
    }

    public double naturalSwitchPerYear() {
        return switching.naturalSwitchPerYear();
    }

    public double priceSensitivityMean() {
        return switching.priceSensitivityMean();
    }

    public double priceSensitivityCv() {
        return switching.priceSensitivityCv();
    }
}
