package uk.cxsim.scenario;

import java.io.Serializable;

/**
 * An assumption nobody measured, stated by a what-if with its plausible range: a scenario key, its low and high
 * value, and why (its source, or that it is an assumption). {@code compare --ranges} runs the business case at
 * each end.
 *
 * @param key   the scenario key, as {@code --set} takes it
 * @param label the assumption in words, for charts and tables
 * @param why   where the range comes from
 */
public record AssumptionRange(String key, String label, double low, double high, String why) implements Serializable {
}
