package uk.cxsim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
        return read(name, in -> {
            try (ObjectInputStream objects = new ObjectInputStream(new BufferedInputStream(in))) {
                return (RunRecord) objects.readObject();
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException("not the results of a replication", e);
            }
        });
    }

    @Override
    public Optional<RunCheckpoint> checkpoint(int replication) {
        return read(stateName(replication), RunCheckpoint::readFrom);
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
        folder.write(doneName(record.replication()), out -> {
            ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(out));
            objects.writeObject(record);
            objects.flush();
        });
        folder.delete(stateName(record.replication()));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private <T> Optional<T> read(String name, Reader<T> reader) {
        Optional<InputStream> opened = folder.open(name);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            return Optional.of(reader.read(in));
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
