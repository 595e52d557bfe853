package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;

/**
 * One simulated world: the model and the engine parts that act on it, with its daily phases installed on the
 * model's schedule (the parts not named here, such as the relationships' lifecycles, are reached through them).
 * Everything in it can be saved between two days (see {@link RunCheckpoint}).
 *
 * @param recorder the phase that measures the run, or null for a spin-up
 */
record World(CxModel model, SupplierTally tally, SegmentTally[] segments, SectorEngine[] engines,
             SectorsPhase sectorsPhase, Recorder recorder) implements Serializable {

    /** Contact events the world's sectors have simulated so far. */
    long events() {
        long events = 0;
        for (SectorEngine e : engines) {
            events += e.eventsProcessed();
        }
        return events;
    }
}
