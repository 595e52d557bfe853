package uk.cxsim.experiment.execution;

import java.util.Optional;

import uk.cxsim.engine.CheckpointSink;
import uk.cxsim.engine.RunCheckpoint;
import uk.cxsim.metrics.RunRecord;

/**
 * Where the replications of a run are kept while it goes, so a run stopped part way can be finished: the
 * replications already done, and the latest checkpoint of each one under way.
 */
public interface ReplicationStore {
    /** Keeps nothing: every replication runs from the start. */
    ReplicationStore NONE = new ReplicationStore() {
        @Override
        public Optional<RunRecord> finished(int replication) {
            return Optional.empty();
        }

        @Override
        public Optional<RunCheckpoint> checkpoint(int replication) {
            return Optional.empty();
        }

        @Override
        public CheckpointSink sink(int replication) {
            return CheckpointSink.NONE;
        }

        @Override
        public void finish(RunRecord record) {
            // nothing kept
        }
    };

    /** The replication's results, if it was finished before. */
    Optional<RunRecord> finished(int replication);

    /** The replication's latest checkpoint, if it was under way. */
    Optional<RunCheckpoint> checkpoint(int replication);

    /** Where the replication saves its checkpoints. */
    CheckpointSink sink(int replication);

    /** Keeps a finished replication's results (its checkpoints are no longer needed). */
    void finish(RunRecord record);
}
