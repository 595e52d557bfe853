package uk.cxsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import sim.engine.SimState;
import sim.engine.Steppable;

import uk.cxsim.model.CxModel;

/**
 * The middle phase of each day: every sector simulates its day. Sectors share no mutable state during this
 * phase, so they run in parallel when an executor is given, with the same results as one after another.
 */
final class SectorsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CxModel model;
    private final SectorEngine[] engines;
    /** Threads for the sectors while the world is being stepped; none (one after another) when null. */
    private transient ExecutorService executor;

    SectorsPhase(CxModel model, SectorEngine[] engines) {
        this.model = model;
        this.engines = engines;
    }

    /** Runs the sectors on {@code executor} from now on (null: one after another, on the stepping thread). */
    void runOn(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        if (executor == null) {
            for (SectorEngine e : engines) {
                e.runDay(day);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (SectorEngine e : engines) {
            tasks.add(() -> {
                e.runDay(day);
                return null;
            });
        }
        Parallel.all(executor, tasks);
    }
}
