package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.EnsembleMemberRow;
import uk.cxsim.metrics.EnsembleSpread;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.model.params.ScenarioParams;

/** A what-if across members: spreads over members, and members that are the same world add no parameter spread. */
class EnsembleComparisonTest {
    private static final int REPLICATIONS = 3;
    private static final String LEVER = "supplierDefaults.crm.context=0.9";

    private static List<EnsembleComparison.MemberRuns> alike;
    private static List<EnsembleComparison.MemberRuns> different;

    @BeforeAll
    static void run() {
        alike = new ArrayList<>();
        different = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            alike.add(member("same-" + k, 6.0));
            different.add(member("tolerance-" + k, 3.0 + 4.0 * k));
        }
    }

    private static EnsembleComparison.MemberRuns member(String name, double tolerance) {
        String t = "people.toleranceMean=" + tolerance;
        ScenarioParams base = TestScenarios.small(t, "name=base");
        ScenarioParams variant = TestScenarios.small(t, LEVER, "name=crm");
        WhatIfRuns runs = WhatIfRuns.run(base, List.of(variant), REPLICATIONS, 2, 0, done -> { });
        return new EnsembleComparison.MemberRuns(name, Map.of("people.toleranceMean", tolerance), runs);
    }

    @Test
    void membersThatAreTheSameWorldAttributeTheSpreadToNoiseAlone() {
        EnsembleWhatIf w = EnsembleComparison.summarise("crm", alike);
        assertEquals(3, w.members());
        assertEquals(REPLICATIONS, w.replications());
        EnsembleSpread cost = w.figures().get("costOfPoorServiceGbp");
        assertEquals(cost.p5(), cost.p95(), 0.0, "identical members give identical estimates");
        assertEquals(0.0, cost.parameterShare(), 0.0);
        assertTrue(cost.noiseSd() > 0, "each estimate still carries simulation noise");
    }

    @Test
    void membersThatDifferSpreadTheLeversEffect() {
        EnsembleWhatIf w = EnsembleComparison.summarise("crm", different);
        EnsembleSpread cost = w.figures().get("costOfPoorServiceGbp");
        assertTrue(cost.p95() > cost.p5(), "members differ: " + cost);
        EnsembleWhatIf.Case uk = w.uk();
        assertTrue(uk.paysBackShare() >= 0 && uk.paysBackShare() <= 1);
        assertEquals(3, uk.netBenefit().members());
        assertTrue(w.cases().size() > 3, "supplier, sector and UK rows: " + w.cases().size());
    }

    @Test
    void memberRowsCarryTheParametersAndOutcomes() {
        List<EnsembleMemberRow> rows = EnsembleComparison.memberRows("crm", different);
        assertEquals(3, rows.size());
        assertEquals(7.0, rows.get(1).parameters().get("people.toleranceMean"));
        assertTrue(rows.get(0).outcomes().containsKey(EnsembleMemberRow.NET_BENEFIT));
        double paysBack = rows.get(0).outcomes().get(EnsembleMemberRow.PAYS_BACK);
        assertTrue(paysBack == 0.0 || paysBack == 1.0);
        WhatIfRuns pooled = EnsembleComparison.pooled(different);
        assertEquals(3 * REPLICATIONS, pooled.base().size());
        assertEquals(3 * REPLICATIONS, pooled.variants().get("crm").size());
    }
}
