package uk.cxsim.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The checkpoints of a run, in a {@value #NAME} folder inside its staging folder. Each file is written whole
 * beside its final name, forced to disk and then moved over it, so a kill or power cut at any moment leaves the
 * previous version or the new one, never half of either.
 */
public final class CheckpointFolder {
    /** The folder's name inside a run's staging folder. */
    public static final String NAME = "checkpoint";
    private static final String WRITING = ".writing";

    /** Writes a checkpoint file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Reads a checkpoint file's content. */
    @FunctionalInterface
    public interface Reader<T> {
        T readFrom(InputStream in) throws IOException;
    }

    private final Path dir;

    CheckpointFolder(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /** Replaces the file {@code name} with what {@code content} writes; returns its size in bytes. */
    public long write(String name, Content content) {
        Path file = dir.resolve(name);
        Path partial = dir.resolve(name + WRITING);
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new OutputException("cannot write checkpoint " + file + ": " + IoProblems.describe(e), e);
        }
    }

    /** Replaces the file {@code name} with {@code value}, serialised; returns its size in bytes. */
    public long writeObject(String name, Serializable value) {
        return write(name, out -> {
            ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(out));
            objects.writeObject(value);
            objects.flush();
        });
    }

    /**
     * The object serialised in the file {@code name}, or empty if there is no such file.
     *
     * @throws IOException if the file cannot be read or does not hold a {@code type}
     */
    public <T> Optional<T> readObject(String name, Class<T> type) throws IOException {
        return read(name, in -> {
            try {
                return type.cast(new ObjectInputStream(new BufferedInputStream(in)).readObject());
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * What {@code reader} reads from the file {@code name}, or empty if there is no such file.
     *
     * @throws IOException if the file cannot be read
     */
    public <T> Optional<T> read(String name, Reader<T> reader) throws IOException {
        Optional<InputStream> opened = open(name);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            return Optional.of(reader.readFrom(in));
        }
    }

    /** Removes the file {@code name}, if there is one. */
    public void delete(String name) {
        Path file = dir.resolve(name);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new OutputException("cannot remove checkpoint " + file + ": " + IoProblems.describe(e), e);
        }
    }

    /** The file {@code name}, open for reading, or empty if there is none (the caller closes it). */
    private Optional<InputStream> open(String name) {
        Path file = dir.resolve(name);
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new OutputException("cannot read checkpoint " + file + ": " + IoProblems.describe(e), e);
        }
    }
}
