package uk.cxsim.experiment.execution;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import uk.cxsim.engine.CheckpointSink;
import uk.cxsim.engine.RunCheckpoint;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.output.CheckpointFolder;
import uk.cxsim.output.OutputException;

/**
 * Replications kept in a run's checkpoint folder: {@code replication-R.state} holds the latest checkpoint of
 * replication R under way, {@code replication-R.done} its results once finished.
 */
public final class SavedReplications implements ReplicationStore {
    private final CheckpointFolder folder;
    private final int everyDays;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    /** What saving checkpoints has cost so far. */
    public record Cost(int checkpoints, long bytes, double seconds) {
    }

    /** @param everyDays days between checkpoints (at least 1) */
    public SavedReplications(CheckpointFolder folder, int everyDays) {
        if (everyDays < 1) {
            throw new IllegalArgumentException("days between checkpoints must be at least 1");
        }
        this.folder = folder;
        this.everyDays = everyDays;
    }

    /** The checkpoints saved by this process so far: how many, their bytes and the seconds spent writing them. */
    public Cost cost() {
        return new Cost(saved.get(), bytes.get(), nanos.get() / 1e9);
    }

    @Override
    public Optional<RunRecord> finished(int replication) {
        String name = doneName(replication);
        return resumable(name, () -> folder.readObject(name, RunRecord.class));
    }

    @Override
    public Optional<RunCheckpoint> checkpoint(int replication) {
        String name = stateName(replication);
        return resumable(name, () -> folder.read(name, RunCheckpoint::readFrom));
    }

    @Override
    public CheckpointSink sink(int replication) {
        return new CheckpointSink() {
            @Override
            public int everyDays() {
                return everyDays;
            }

            @Override
            public void save(RunCheckpoint checkpoint) {
                long started = System.nanoTime();
                bytes.addAndGet(folder.write(stateName(replication), checkpoint::writeTo));
                nanos.addAndGet(System.nanoTime() - started);
                saved.incrementAndGet();
            }
        };
    }

    @Override
    public void finish(RunRecord record) {
        folder.writeObject(doneName(record.replication()), record);
        folder.delete(stateName(record.replication()));
    }

    private interface Reading<T> {
        Optional<T> read() throws IOException;
    }

    /** What {@code reading} finds in the file {@code name}; a file that cannot be read ends the resume. */
    private <T> Optional<T> resumable(String name, Reading<T> reading) {
        try {
            return reading.read();
        } catch (IOException | RuntimeException e) {
            throw new OutputException("cannot resume from " + folder.path().resolve(name) + " (" + e.getMessage()
                    + "); start the run again", e);
        }
    }

    private static String stateName(int replication) {
        return String.format("replication-%04d.state", replication);
    }

    private static String doneName(int replication) {
        return String.format("replication-%04d.done", replication);
    }
}
