package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * When a customer makes a formal complaint (one the supplier must handle, may redress, and may see go to an
 * ombudsman), beyond the contacts the model already simulates.
 *
 * @param perMiseryWeight chance of a complaint per unit of misery weight: a misery of driver d brings one with
 *                        probability {@code perMiseryWeight x weight(d) x the misery's intensity} (at most 1), so
 *                        the miseries that weigh most bring most complaints
 */
public record ComplaintParams(double perMiseryWeight) implements Serializable {
}
