package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * The automated front door of the phone line.
 *
 * @param trapShare     share of callers trapped in automated self-service trying to reach a human
 * @param trapMinutes   mean minutes a trapped caller spends before reaching the queue
 * @param escapeHatch   a "press 0 for a person" escape exists: callers who would be trapped are not, they reach the
 *                      queue within escapeMinutes
 * @param escapeMinutes with an escape hatch, the longest a caller spends in the menu
 */
public record IvrParams(double trapShare, double trapMinutes, boolean escapeHatch, double escapeMinutes)
        implements Serializable {
}
