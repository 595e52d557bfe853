package uk.cxsim.metrics;

import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;

/**
 * The terms a what-if's business case is appraised on, shared by both runs (taken from the baseline): the horizon,
 * the discount rate, how much of a fall in agent hours is realised, and the months appraised: whole months of the
 * measured days (each 365/12 days, a last one as long as the measured days allow), at most the horizon's. Prices the
 * variant changes (its wage, say) stay its own.
 *
 * @param horizonYears         years a business case may count
 * @param discountRate         annual discount rate
 * @param agentHourSavingRealised share of a fall in agent hours paid that is saved
 * @param measuredDays         measured days of the runs
 */
public record Appraisal(int horizonYears, double discountRate, double agentHourSavingRealised, int measuredDays) {
    public static Appraisal of(ScenarioParams baseline) {
        return new Appraisal(baseline.costs().horizonYears(), baseline.costs().discountRate(),
                baseline.costs().agentHourSavingRealised(), baseline.days());
    }

    /** Months appraised: those the measured days cover (a last one maybe part of a month), at most the horizon's. */
    public int months() {
        return Math.min(horizonYears * 12, Clock.months(measuredDays));
    }

    /** The measured days [from, to) of month m (0-based). */
    public int[] month(int m) {
        return Clock.month(m, measuredDays);
    }

    /** The measured days the months appraised cover: [0, end). */
    public int appraisedDays() {
        return month(months() - 1)[1];
    }

    /** The discount factor of month m's flow, taken at its middle. */
    public double discountMonth(int m) {
        return Math.pow(1 + discountRate, -(m + 0.5) / 12);
    }

    /** The discount factor at the end of the months appraised. */
    public double discountEnd() {
        return Math.pow(1 + discountRate, -appraisedDays() / Clock.DAYS_PER_YEAR);
    }

    /** The daily discount rate equivalent to the annual one. */
    public double dailyRate() {
        return Math.pow(1 + discountRate, 1 / Clock.DAYS_PER_YEAR) - 1;
    }
}
