package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * How much frustration each moment of misery adds before the customer's own sensitivity.
 *
 * @param weight               base frustration per driver (Driver order)
 * @param trapReferenceMinutes trapped time that counts as one full "trapped" misery (longer traps count more)
 * @param waitCap              a long wait counts at most this many times a just-too-long wait
 * @param callbackRelief       share of the waiting misery a callback (virtual hold) removes
 */
public record MiseryParams(
        double[] weight,
        double trapReferenceMinutes,
        double waitCap,
        double callbackRelief) implements Serializable {
}
