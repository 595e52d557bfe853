package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * When frustration becomes leaving.
 *
 * @param alternativeSensitivity how strongly a better-rated competitor lowers tolerance, and a market of
 *                               equally bad suppliers raises it ("everyone is as bad as each other")
 * @param exitFrictionHold       tolerance boost per unit of a supplier's exit friction (hostages)
 * @param abandonSectorShare     share of treatment leavers who stop buying in the sector altogether
 * @param reentryPerYear         hazard per year that someone without a relationship in a sector takes one up
 */
public record AttritionParams(
        double alternativeSensitivity,
        double exitFrictionHold,
        double abandonSectorShare,
        double reentryPerYear) implements Serializable {
}
