package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.SimulatedSectors;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SectorSplice;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunWriter;

/**
 * A denser focus: the what-if is its base moved, in the sectors it changes, by the difference between the base and
 * the what-if run there at a larger size; its other sectors are the base's, counter for counter.
 */
class DenserFocusTest {
    private static final String LEVER = "sectors.Energy.suppliers.Power One.crm.context=1.0";
    private static final ScenarioParams BASE = TestScenarios.small("days=40", "warmupDays=10", "customers=600");
    private static final ScenarioParams WHAT_IF = TestScenarios.small("days=40", "warmupDays=10", "customers=600",
            "name=energy-history", LEVER);

    @Test
    void theWhatIfIsItsBaseMovedByTheDenserRunsDifference() {
        WhatIfRuns runs = WhatIfRuns.run(BASE, List.of(WHAT_IF), 2, 2, 0, d -> { }, SpinUps.kept(),
                Focus.Mode.AUTO.withDensity(3));
        Focus focus = runs.focus().get("energy-history");
        assertEquals(List.of(1), focus.sectors());
        assertEquals(3, focus.density());
        // the denser runs of Energy, made apart
        ScenarioParams denseBase = BASE.with(1800, BASE.days(), BASE.seed());
        ScenarioParams denseWhatIf = WHAT_IF.with(1800, WHAT_IF.days(), WHAT_IF.seed());
        List<RunSummary> base = WhatIfRuns.base(denseBase, 0, 2, 2, SpinUps.kept(), d -> { },
                SimulatedSectors.only(List.of(1)));
        List<RunSummary> whatIf = WhatIfRuns.focused(denseWhatIf, denseBase, focus, 0, 2, 2, SpinUps.kept(),
                d -> { });
        int[] first = BASE.firstSuppliers();
        for (int r = 0; r < 2; r++) {
            RunRecord kept = runs.base().get(r).record();
            RunRecord moved = runs.variants().get("energy-history").get(r).record();
            for (Metric m : Metric.values()) {
                for (int g = first[0]; g < first[1]; g++) {
                    assertEquals(kept.measured().get(g, m), moved.measured().get(g, m), "Banking is the base's");
                }
                for (int g = first[1]; g < first[2]; g++) {
                    double change = whatIf.get(r).record().measured().get(g, m)
                            - base.get(r).record().measured().get(g, m);
                    assertEquals(kept.measured().get(g, m) + change * (600.0 / 1800), moved.measured().get(g, m),
                            m + " of supplier " + g + " in replication " + r);
                }
            }
            for (int g = first[1]; g < first[2]; g++) {
                double change = whatIf.get(r).record().last().customers()[g]
                        - base.get(r).record().last().customers()[g];
                assertEquals(kept.last().customers()[g] + change / 3, moved.last().customers()[g], 1e-9);
            }
        }
    }

    @Test
    void aMoveByRunsThatDifferInNothingIsTheBase() {
        RunRecord kept = WhatIfRuns.base(BASE, 1, 2, SpinUps.kept(), d -> { }).get(0).record();
        ScenarioParams denseBase = BASE.with(1200, BASE.days(), BASE.seed());
        RunRecord dense = WhatIfRuns.base(denseBase, 0, 1, 1, SpinUps.kept(), d -> { },
                SimulatedSectors.only(List.of(1))).get(0).record();
        RunRecord moved = SectorSplice.shifted(kept, dense, dense, new int[] {1}, BASE);
        assertEquals(Json.write(RunWriter.summaryJson(new RunSummary(kept))),
                Json.write(RunWriter.summaryJson(new RunSummary(moved))));
    }

    @Test
    void aSecondWhatIfOfTheSameSectorsRunsOnlyItselfToTheSameAnswer() {
        SpinUps spinUps = SpinUps.kept();
        List<RunSummary> baseRuns = WhatIfRuns.base(BASE, 2, 2, spinUps, d -> { });
        Focus.Mode mode = Focus.Mode.AUTO.withDensity(3);
        ScenarioParams other = TestScenarios.small("days=40", "warmupDays=10", "customers=600", "name=energy-agents",
                "sectors.Energy.suppliers.Power One.empowerment=0.9");
        DenseBases kept = new DenseBases();
        WhatIfRuns.against(baseRuns, BASE, List.of(other), 2, spinUps, d -> { }, mode, kept);
        long[] days = {0};
        WhatIfRuns second = WhatIfRuns.against(baseRuns, BASE, List.of(WHAT_IF), 2, spinUps, d -> days[0] = d, mode,
                kept);
        assertEquals(2L * WHAT_IF.totalDays(), days[0], "the what-if's two replications only: the base's denser"
                + " runs were kept");
        // and their spin-ups: the base at a density is the same parameters whoever asks, so it finds them kept
        assertEquals(Focus.atDensity(BASE, 3), Focus.atDensity(BASE, 3));
        assertEquals(Focus.atDensity(BASE, 3).hashCode(), Focus.atDensity(BASE, 3).hashCode());
        WhatIfRuns alone = WhatIfRuns.against(baseRuns, BASE, List.of(WHAT_IF), 2, SpinUps.kept(), d -> { }, mode);
        for (int r = 0; r < 2; r++) {
            assertEquals(Json.write(RunWriter.summaryJson(alone.variants().get("energy-history").get(r))),
                    Json.write(RunWriter.summaryJson(second.variants().get("energy-history").get(r))),
                    "replication " + r);
        }
    }

    @Test
    void keptDenserRunsAreThoseOfTheirSectorsAndDensity() {
        DenseBases kept = new DenseBases();
        List<RunSummary> runs = WhatIfRuns.denserBase(BASE, new Focus(List.of(1), null, 2), 0, 2, 2, SpinUps.kept(),
                d -> { }, kept);
        assertEquals(runs, kept.get(new Focus(List.of(1), null, 2), 0, 2));
        assertEquals(runs.subList(1, 2), kept.get(new Focus(List.of(1), null, 2), 1, 1));
        assertEquals(null, kept.get(new Focus(List.of(1), null, 3), 0, 2), "another density");
        assertEquals(null, kept.get(new Focus(List.of(0, 1), null, 2), 0, 2), "other sectors");
        assertEquals(null, kept.get(new Focus(List.of(1), null, 2), 0, 3), "a replication not run");
        DenseBases two = DenseBases.keeping(1);
        two.keep(new Focus(List.of(1), null, 2), runs);
        two.keep(new Focus(List.of(0), null, 2), runs);
        assertEquals(null, two.get(new Focus(List.of(1), null, 2), 0, 2), "the set used least lately is dropped");
    }
}
