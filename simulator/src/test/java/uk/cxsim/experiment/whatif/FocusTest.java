package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.workflow.WhatIfComparison;

/** A what-if simulates again only the sectors it changes, and its comparison is what re-running everything gives. */
class FocusTest {
    private static final String LEVER = "sectors.Energy.suppliers.Power One.crm.context=1.0";

    @Test
    void aSectorLeverFocusesOnItsSector() {
        Focus f = Focus.of(TestScenarios.small(), TestScenarios.small(LEVER), Focus.Mode.AUTO);
        assertEquals(List.of(1), f.sectors());
        assertFalse(f.all());
    }

    @Test
    void theSameScenarioLoadedTwiceChangesNothing() {
        Focus f = Focus.of(TestScenarios.small(), TestScenarios.small(), Focus.Mode.AUTO);
        assertTrue(f.none());
        assertFalse(f.all());
    }

    @Test
    void aKeyOutsideTheSectorsReRunsEverySectorAndSaysWhy() {
        Focus f = Focus.of(TestScenarios.small(), TestScenarios.small(LEVER, "people.toleranceMean=5"),
                Focus.Mode.AUTO);
        assertTrue(f.all());
        assertEquals(List.of(0, 1), f.sectors());
        assertTrue(f.allBecause().startsWith("people."), f.allBecause());
    }

    @Test
    void focusAllReRunsEverySector() {
        Focus f = Focus.of(TestScenarios.small(), TestScenarios.small(LEVER), Focus.Mode.ALL);
        assertTrue(f.all());
        assertEquals("--focus all", f.allBecause());
    }

    @Test
    void namedSectorsMustExistAndCoverTheChange() {
        ScenarioParams base = TestScenarios.small();
        ScenarioParams lever = TestScenarios.small(LEVER);
        RuntimeException missing = assertThrows(uk.cxsim.scenario.ScenarioException.class,
                () -> Focus.of(base, lever, Focus.Mode.parse("Telecoms")));
        assertEquals("--focus names Telecoms, a sector small lacks; its sectors are Banking, Energy",
                missing.getMessage());
        RuntimeException left = assertThrows(uk.cxsim.scenario.ScenarioException.class,
                () -> Focus.of(base, lever, Focus.Mode.parse("Banking")));
        assertTrue(left.getMessage().startsWith("--focus leaves out Energy"), left.getMessage());
        assertEquals(List.of(1), Focus.of(base, lever, Focus.Mode.parse(" Energy ")).sectors());
        assertTrue(Focus.of(base, lever, Focus.Mode.parse("Energy,Banking")).all());
        assertThrows(uk.cxsim.scenario.ScenarioException.class, () -> Focus.Mode.parse(" , "));
    }

    @Test
    void aFocusedComparisonIsTheComparisonOfEverySector() {
        assertSameComparison(TestScenarios.small(), TestScenarios.small(LEVER), 3, 2);
    }

    @Test
    void onTheUkBaselineTheReferenceLeverFocusesOnItsSectorWithTheSameAnswer() {
        String[] size = {"customers=3000", "days=60", "warmupDays=10", "spinUp.customers=2000", "spinUp.years=1"};
        ScenarioParams base = TestScenarios.baseline(size);
        ScenarioParams lever = Scenarios.load(TestScenarios.SCENARIOS.resolve("albion-crm-context.yaml"),
                List.of(size)).params();
        Focus f = Focus.of(base, lever, Focus.Mode.AUTO);
        assertEquals(1, f.sectors().size());
        assertEquals("Financial Services", base.sectors().get(f.sectors().get(0)).name());
        assertSameComparison(base, lever, 2, 2);
    }

    private static void assertSameComparison(ScenarioParams base, ScenarioParams lever, int replications,
                                             int threads) {
        WhatIfRuns focused = WhatIfRuns.run(base, List.of(lever), replications, threads, 0, d -> { },
                SpinUps.kept(), Focus.Mode.AUTO);
        WhatIfRuns every = WhatIfRuns.run(base, List.of(lever), replications, threads, 0, d -> { },
                SpinUps.kept(), Focus.Mode.ALL);
        assertFalse(focused.focus().get(lever.name()).all());
        assertTrue(every.focus().get(lever.name()).all());
        WhatIfComparison a = WhatIfComparison.of(focused, List.of(lever));
        WhatIfComparison b = WhatIfComparison.of(every, List.of(lever));
        assertEquals(Json.write(b.json().withFocus(null)), Json.write(a.json().withFocus(null)));
    }
}
