package uk.cxsim.experiment;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/** Runs one replication of a scenario and summarises it. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** Sectors run in parallel on this many threads by default: every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Refuses at once (see {@link HeapEstimate}) a run that cannot fit in the heap. */
    public static RunSummary run(ScenarioParams params, int replication, int threads, ProgressListener progress) {
        HeapEstimate.requireFits(params, 1);
        RunRecord record = Simulation.run(params, replication, threads, progress);
        return new RunSummary(record);
    }
}
