package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * What a supplier's exit barriers do to the customer who meets them ("If I leave, don't slam the door"): a
 * customer frustrated past their own tolerance but held by exit friction meets them while still a customer; a
 * leaver meets them on the way out with a chance equal to the supplier's exit friction. Either way they meet them
 * once per relationship.
 *
 * @param frustration extra frustration, as a share of the customer's own tolerance, from meeting the barriers (a
 *                    held customer may leave anyway, angrier)
 * @param complaint   chance that meeting the barriers brings a formal complaint
 * @param returnShare chance that a leaver who met them would ever consider that supplier again (win-back or a later
 *                    search); 0: never ("after that experience we never will be")
 */
public record ExitBarrierParams(double frustration, double complaint, double returnShare) implements Serializable {
}
