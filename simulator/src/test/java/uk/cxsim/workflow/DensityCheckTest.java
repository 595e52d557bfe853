package uk.cxsim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;

/**
 * The small, fast version of {@code bench --density}: a one-supplier lever on the small market at 2,000 and at
 * 20,000 customers over 6 seeds. The base's mean wait and the lever's effects must agree across the sizes: each
 * figure's Welch interval of the difference holds zero at a Bonferroni level over the three figures, so a model
 * whose answer does not depend on the sample fails with a chance of at most 5%.
 */
class DensityCheckTest {
    private static final List<String> LEVER = List.of("sectors.Energy.suppliers.Power One.crm.context=1.0",
            "sectors.Energy.suppliers.Power One.crm.followsTransfer=true",
            "sectors.Energy.suppliers.Power One.investment.perYearGbp=100000");

    @Test
    void theBaseAndTheLeverAnswerAlikeAtTwoSizes() {
        List<DensityCheck.Figure> figures = DensityCheck.measure(at(2_000), at(20_000), 6, 2, 2, (d, n) -> { });
        assertEquals(DensityCheck.FIGURES.size(), figures.size());
        double level = 1 - 0.05 / figures.size();
        List<String> apart = new ArrayList<>();
        for (DensityCheck.Figure f : figures) {
            if (Math.abs(f.difference()) > f.halfWidth(level)) {
                apart.add(String.format("%s: %.6g at 2,000, %.6g at 20,000, difference %.3g +/- %.3g", f.name(),
                        f.meanSmall(), f.meanLarge(), f.difference(), f.halfWidth(level)));
            }
        }
        assertTrue(apart.isEmpty(), "figures that depend on the sample size: " + apart);
    }

    private static WhatIfAtSeed at(int customers) {
        return TestScenarios.smallAtSeed(List.of("customers=" + customers, "days=30", "warmupDays=10"), LEVER);
    }
}
