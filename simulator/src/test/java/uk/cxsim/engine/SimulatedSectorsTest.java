package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SectorSplice;
import uk.cxsim.model.Channel;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunWriter;

/**
 * A sector simulated alone gives the figures it gives in a run of every sector, bit for bit, and a partial run
 * spliced into a whole one is the whole run of the variant: what lets a comparison re-run only the sectors a
 * what-if changes.
 */
class SimulatedSectorsTest {
    private static final String SPIN_UP = "spinUp.years=1";

    @ParameterizedTest(name = "equilibrium start: {0}")
    @ValueSource(booleans = {false, true})
    void aSectorAloneGivesWhatItGivesAmongTheOthers(boolean equilibrium) {
        ScenarioParams p = equilibrium ? TestScenarios.small(SPIN_UP, "spinUp.customers=2000")
                : TestScenarios.small();
        RunRecord whole = Simulation.run(p, p, 0, 1, ProgressListener.NONE, CheckpointSink.NONE, SpinUps.NONE);
        RunRecord energy = Simulation.run(p, p, 0, 2, ProgressListener.NONE, CheckpointSink.NONE, SpinUps.NONE,
                SimulatedSectors.only(List.of(1)));
        int banks = p.sectors().get(0).suppliers().size();
        for (int g = 0; g < whole.measured().suppliers(); g++) {
            boolean simulated = g >= banks;
            for (Metric m : Metric.values()) {
                double expected = simulated ? whole.measured().get(g, m) : 0;
                assertEquals(expected, energy.measured().get(g, m), "supplier " + g + " " + m.key());
            }
            assertEquals(simulated ? whole.last().customers()[g] : 0, energy.last().customers()[g]);
            for (Channel c : Channel.values()) {
                for (int h = 0; h < 24; h++) {
                    for (HourlyTally.Measure m : HourlyTally.Measure.values()) {
                        assertEquals(simulated ? whole.hourly().get(g, c, h, m) : 0,
                                energy.hourly().get(g, c, h, m), "supplier " + g + " " + c + " " + h + " " + m);
                    }
                }
            }
        }
        assertArrayEquals(whole.segments().endedForTreatment()[1], energy.segments().endedForTreatment()[1]);
        assertArrayEquals(whole.segments().held()[1], energy.segments().held()[1]);
    }

    @ParameterizedTest(name = "equilibrium start: {0}")
    @ValueSource(booleans = {false, true})
    void aPartialRunSplicedIntoTheBaseIsTheWholeVariant(boolean equilibrium) {
        String[] spin = equilibrium ? new String[] {SPIN_UP, "spinUp.customers=2000"} : new String[0];
        ScenarioParams base = TestScenarios.small(spin);
        ScenarioParams variant = TestScenarios.small(with(spin,
                "sectors.Energy.suppliers.Power One.crm.context=1.0"));
        SpinUps spinUps = SpinUps.kept();
        RunRecord baseRun = Simulation.run(base, base, 0, 1, ProgressListener.NONE, CheckpointSink.NONE, spinUps);
        RunRecord wholeVariant = Simulation.run(variant, base, 0, 1, ProgressListener.NONE, CheckpointSink.NONE,
                spinUps);
        RunRecord partVariant = Simulation.run(variant, base, 0, 1, ProgressListener.NONE, CheckpointSink.NONE,
                spinUps, SimulatedSectors.only(List.of(1)));
        RunRecord spliced = SectorSplice.of(baseRun.lean(), partVariant.lean(), new int[] {1});
        String expected = summary(wholeVariant.lean());
        assertEquals(expected, summary(spliced));
        assertNotEquals(summary(baseRun.lean()), expected, "the lever changes the Energy sector");
        assertArrayEquals(wholeVariant.segments().endedForTreatmentAnySector(),
                spliced.segments().endedForTreatmentAnySector());
    }

    @Test
    void aRunStartsFromSpinUpsMadeSectorBySector() {
        ScenarioParams p = TestScenarios.small(SPIN_UP, "spinUp.customers=2000");
        RunRecord whole = Simulation.run(p, p, 0, 1, ProgressListener.NONE, CheckpointSink.NONE, SpinUps.NONE);
        SpinUps spinUps = SpinUps.kept();
        // Energy's spin-up is made by a run of Energy alone; the run of every sector spins up the banks only
        RunRecord energy = Simulation.run(p, p, 0, 1, ProgressListener.NONE, CheckpointSink.NONE, spinUps,
                SimulatedSectors.only(List.of(1)));
        RunRecord fromParts = Simulation.run(p, p, 0, 1, ProgressListener.NONE, CheckpointSink.NONE, spinUps);
        assertEquals(summary(whole.lean()), summary(fromParts.lean()));
        assertTrue(energy.events() < whole.events(), "a run of one sector spins up that sector alone");
        assertEquals(whole.events(), fromParts.events(), "the run counts both sectors' spin-ups");
    }

    private static String summary(RunRecord r) {
        return Json.write(RunWriter.summaryJson(new RunSummary(r)));
    }

    private static String[] with(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }
}
