package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * How customers behave around a contact.
 *
 * @param retryProbability      chance an abandoned caller tries again
 * @param retryDelayMinutes     mean minutes before that retry
 * @param repeatDelayDays       mean days before an unresolved issue brings the customer back (failure demand)
 * @param maxAttempts           attempts on one need before the customer gives up for now
 * @param searchMinutes         mean minutes spent hunting for help on a website or app that hides it
 * @param repeatMinutes         minutes a customer spends repeating their story to an agent without context
 * @param maxTransfers          transfers after which an agent must handle the contact
 * @param lostSaleToCompetitor  share of sales a channel could not take that go to a competitor
 * @param unempoweredResolution share of its usual resolutions an agent achieves when they must ask a supervisor
 */
public record ContactBehaviourParams(
        double retryProbability,
        double retryDelayMinutes,
        double repeatDelayDays,
        int maxAttempts,
        double searchMinutes,
        double repeatMinutes,
        int maxTransfers,
        double lostSaleToCompetitor,
        double unempoweredResolution) implements Serializable {
}
