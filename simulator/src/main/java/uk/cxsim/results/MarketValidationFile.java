package uk.cxsim.results;

import java.util.List;

/**
 * What {@code cxsim validate market --format json} prints: how far each supplier's customers move, year by year, from
 * the stated shares.
 *
 * @param limitPct         the largest yearly change allowed, in percent
 * @param largestChangePct the largest yearly change of any supplier, in percent
 * @param within           whether every supplier stays within the limit every year
 */
public record MarketValidationFile(String scenario, int customers, int replications, int years, double limitPct,
                                   double largestChangePct, boolean within, List<Supplier> suppliers) {

    /**
     * One supplier.
     *
     * @param startCustomers  simulated customers at the start (mean of the replications)
     * @param changePctByYear the change of its customers over each measured year, in percent
     */
    public record Supplier(String supplier, double startCustomers, double[] changePctByYear) {
    }
}
