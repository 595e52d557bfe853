package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.model.params.ScenarioParams;

/** Which base's denser runs a what-if waiting for the worker needs, so the background finishes them for it. */
class WhatIfJobTest {
    private static final ScenarioParams BASE = TestScenarios.small();
    private static final ScenarioParams ENERGY = TestScenarios.small("name=energy-history",
            "sectors.Energy.suppliers.Power One.crm.context=1.0");

    @Test
    void aDenserWhatIfNeedsItsSectorsAtItsDensityOnItsBase() {
        WhatIfJob job = job(Focus.Mode.AUTO.withDensity(2));
        assertTrue(job.needsDenser("small", 2, new Focus(List.of(1), null, 2)));
        assertFalse(job.needsDenser("small", 2, new Focus(List.of(1), null, 4)), "another density");
        assertFalse(job.needsDenser("small", 2, new Focus(List.of(0), null, 2)), "another sector");
        assertFalse(job.needsDenser("small", 4, new Focus(List.of(1), null, 2)), "another number of replications");
        assertFalse(job.needsDenser("other", 2, new Focus(List.of(1), null, 2)), "another base");
        assertFalse(job(Focus.Mode.AUTO).needsDenser("small", 2, new Focus(List.of(1), null, 2)),
                "a what-if at the base's size needs no denser runs");
    }

    private static WhatIfJob job(Focus.Mode mode) {
        Job job = new Job("1", "energy-history", "small", Map.of(), BASE.customers(), 2, BASE.seed());
        return new WhatIfJob(job, "small", BASE, ENERGY, mode, 2, 1, Path.of("unused"), null, new BaseRuns(),
                line -> { });
    }
}
