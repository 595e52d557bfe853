package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * Word of mouth and reputation.
 *
 * @param advocacyPerYear      recommendations an advocate makes a year (supporters half as many)
 * @param loudness             how many times louder an upset supporter or advocate is than an ordinary leaver
 * @param memoryDays           reputation is an exponentially weighted mean over about this many days
 * @param exitFrictionMentions negative mentions a leaver makes per unit of the supplier's exit friction
 * @param referralUptake       chance that a friend open to switching, told by a fan about their supplier, becomes
 *                             that supplier's prospect
 */
public record WordOfMouthParams(
        double advocacyPerYear,
        double loudness,
        double memoryDays,
        double exitFrictionMentions,
        double referralUptake) implements Serializable {
}
