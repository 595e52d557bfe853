package uk.cxsim.metrics;

/**
 * A check's figures as numbers, for machines: what was observed, what the runs gave, and the widths that judge it.
 *
 * @param expected       the observed (or expected) value
 * @param mean           the simulated mean over replications (and ensemble members)
 * @param ciLow          low end of the mean's 95% confidence interval (NaN with one replication)
 * @param ciHigh         high end of the mean's 95% confidence interval
 * @param mcse           Monte Carlo standard error of the mean
 * @param bandLow        low end of the band the evidence allows
 * @param bandHigh       high end of the band
 * @param spreadLow      2.5th percentile across replications and members (held-out checks; NaN otherwise)
 * @param spreadHigh     97.5th percentile across replications and members
 * @param implausibility |observed - mean| over the combined standard deviation (held-out checks; NaN otherwise)
 */
public record CheckNumbers(double expected, double mean, double ciLow, double ciHigh, double mcse, double bandLow,
                           double bandHigh, double spreadLow, double spreadHigh, double implausibility) {
}
