package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * Win-back of former customers by suppliers who leave the door open.
 *
 * @param attemptsPerYear  win-back approaches per former customer per year at door-open 1
 * @param acceptance       chance an approached former customer returns
 * @param treatmentPenalty multiplier of acceptance for those who left because of treatment
 * @param windowDays       days after leaving during which a win-back is possible
 */
public record WinBackParams(
        double attemptsPerYear,
        double acceptance,
        double treatmentPenalty,
        double windowDays) implements Serializable {
}
