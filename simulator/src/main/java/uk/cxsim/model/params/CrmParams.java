package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * What the agent knows about the customer.
 *
 * @param context              chance the agent sees the customer's history
 * @param followsTransfer      the context follows the customer on a transfer
 * @param followsChannelSwitch the context follows the customer to another channel (omnichannel)
 * @param resolutionUplift     points of first-contact resolution an agent gains from seeing the history (0: it
 *                             changes how a contact feels, not whether it is resolved)
 */
public record CrmParams(double context, boolean followsTransfer, boolean followsChannelSwitch,
                        double resolutionUplift) implements Serializable {
    /** First-contact resolution with or without the history in front of the agent (at most 1). */
    public double resolution(double firstContactResolution, boolean seesHistory) {
        return Math.min(1, firstContactResolution + (seesHistory ? resolutionUplift : 0));
    }

    /** First-contact resolution averaged over contacts, the history seen with the chance {@code context}. */
    public double expectedResolution(double firstContactResolution) {
        if (resolutionUplift == 0) {
            return firstContactResolution;
        }
        return context * resolution(firstContactResolution, true) + (1 - context) * firstContactResolution;
    }
}
