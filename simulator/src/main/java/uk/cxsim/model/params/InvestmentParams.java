package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * What a supplier spends on a change, in GBP at the population's scale (not per simulated customer).
 *
 * @param oneOffGbp  paid once, at the start
 * @param perYearGbp paid every year the change runs
 */
public record InvestmentParams(double oneOffGbp, double perYearGbp) implements Serializable {
}
