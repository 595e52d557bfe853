package uk.cxsim.model.params;

/**
 * The automated front door of the phone line.
 *
 * @param trapShare     share of callers trapped in automated self-service trying to reach a human
 * @param trapMinutes   mean minutes a trapped caller spends before reaching the queue
 * @param escapeHatch   a "press 0 for a person" escape exists
 * @param escapeMinutes with an escape hatch, trapped time is capped at this
 */
public record IvrParams(double trapShare, double trapMinutes, boolean escapeHatch, double escapeMinutes) {
}
