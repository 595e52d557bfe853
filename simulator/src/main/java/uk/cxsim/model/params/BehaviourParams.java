package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * Behaviour rules a researcher tunes.
 *
 * @param frustrationHalfLifeDays  frustration halves after this many days without new misery
 * @param toleranceTrendPerYear    relative change of everyone's tolerance per year (-0.05: 5% less tolerant a year)
 */
public record BehaviourParams(
        double frustrationHalfLifeDays,
        double toleranceTrendPerYear,
        MiseryParams misery,
        LoyaltyParams loyalty,
        ContactBehaviourParams contact,
        ChoiceParams choice,
        AttritionParams attrition,
        WordOfMouthParams wordOfMouth,
        WinBackParams winBack,
        ComplaintParams complaints,
        ExitBarrierParams exitBarrier) implements Serializable {
}
