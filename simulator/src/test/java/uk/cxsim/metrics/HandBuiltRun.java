package uk.cxsim.metrics;

import java.util.List;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.ScenarioParams;

/**
 * A run record written by hand for the small scenario (Banking: Old Bank, New Bank; Energy: Power One, Two,
 * Three; 250 adults per simulated customer; 30 measured days): only the counters a test sets are non-zero.
 */
public final class HandBuiltRun {
    public static final ScenarioParams PARAMS = TestScenarios.small();
    public static final int SUPPLIERS = 5;
    /** Simulated counts over the 30 measured days to counts a year in the population. */
    public static final double FLOW = 250 * 365.0 / 30;

    public final SupplierTally measured = new SupplierTally(SUPPLIERS);
    public final double[] startCustomers = {600, 300, 400, 250, 150};
    public final double[] endCustomers = {580, 320, 390, 260, 140};

    public RunRecord record() {
        double[][] byStage = new double[SUPPLIERS][LoyaltyStage.COUNT];
        for (int g = 0; g < SUPPLIERS; g++) {
            byStage[g][LoyaltyStage.CUSTOMER.ordinal()] = endCustomers[g];
        }
        DailySnapshot last = new DailySnapshot(30, measured, endCustomers, byStage, new double[SUPPLIERS]);
        return new RunRecord(PARAMS, 0, measured, measured, startCustomers, startCustomers, byStage, List.of(last),
                null, null, 0, 0, 0);
    }
}
