package uk.cxsim.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;

/**
 * The whole state of one replication between two of its days: the world (people, relationships, suppliers,
 * queues, calendars, every random stream's position, the counters and the daily snapshots so far) and what the
 * run had measured of itself. {@link Simulation#resume} continues it to the very results an uninterrupted run
 * gives. It is written with Java serialisation, so a checkpoint is read back only by the same build of the engine.
 */
public final class RunCheckpoint implements Serializable {
    private static final long serialVersionUID = 1L;
    /** First bytes of the stream after the serialisation header, to tell a checkpoint from another object. */
    private static final String FORMAT = "cxsim-run-checkpoint-1";

    final World world;
    final double[] initialCustomers;
    final int daysDone;
    final long spinUpEvents;
    final double spinUpSeconds;
    /** Elapsed seconds of the run before this checkpoint (over every session it ran in). */
    final double secondsBefore;

    RunCheckpoint(World world, double[] initialCustomers, int daysDone, long spinUpEvents, double spinUpSeconds,
                  double secondsBefore) {
        this.world = world;
        this.initialCustomers = initialCustomers;
        this.daysDone = daysDone;
        this.spinUpEvents = spinUpEvents;
        this.spinUpSeconds = spinUpSeconds;
        this.secondsBefore = secondsBefore;
    }

    public int replication() {
        return world.model().replication;
    }

    /** Days simulated (warm-up included) when the checkpoint was taken. */
    public int daysDone() {
        return daysDone;
    }

    public int totalDays() {
        return world.model().params.totalDays();
    }

    /** Writes the checkpoint to {@code out}, which stays open. */
    public void writeTo(OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        ObjectOutputStream objects = new ObjectOutputStream(buffered);
        objects.writeUTF(FORMAT);
        objects.writeObject(this);
        objects.flush();
    }

    /**
     * Reads a checkpoint written by {@link #writeTo}.
     *
     * @throws IOException if the stream is not a checkpoint, is cut short, or was written by another build
     */
    public static RunCheckpoint readFrom(InputStream in) throws IOException {
        ObjectInputStream objects = new ObjectInputStream(new BufferedInputStream(in, 1 << 16));
        try {
            if (!FORMAT.equals(objects.readUTF())) {
                throw new StreamCorruptedException("not a cxsim run checkpoint");
            }
            return (RunCheckpoint) objects.readObject();
        } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
            throw new IOException("checkpoint written by another build of cxsim (" + e.getMessage() + ")", e);
        }
    }
}
