package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * What the agent knows about the customer.
 *
 * @param context              chance the agent sees the customer's history
 * @param followsTransfer      the context follows the customer on a transfer
 * @param followsChannelSwitch the context follows the customer to another channel (omnichannel)
 */
public record CrmParams(double context, boolean followsTransfer, boolean followsChannelSwitch) implements Serializable {
}
