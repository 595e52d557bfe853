package uk.cxsim.engine;

/**
 * Where a run saves its checkpoints, and how often. Checkpoints are taken between two days of the measured run
 * (not during an equilibrium start's spin-up), on the thread that steps the run.
 */
public interface CheckpointSink {
    /** Never saves. */
    CheckpointSink NONE = new CheckpointSink() {
        @Override
        public int everyDays() {
            return 0;
        }

        @Override
        public void save(RunCheckpoint checkpoint) {
            throw new IllegalStateException("no checkpoints are kept");
        }
    };

    /** Days between checkpoints; 0 for none. */
    int everyDays();

    /** Keeps {@code checkpoint}, replacing the replication's earlier one. */
    void save(RunCheckpoint checkpoint);
}
