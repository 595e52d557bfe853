package uk.cxsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders scenario files may be read from. The command line reads any file its user names ({@link #ANY}); a
 * server confines reading to the folders it serves, so that neither a request nor a scenario's {@code extends} can
 * make it read a file elsewhere. A file outside them is answered exactly as a missing one, so that nothing can be
 * learnt about the rest of the machine.
 */
public final class ScenarioRoots {
    /** No confinement: any file the user names. */
    public static final ScenarioRoots ANY = new ScenarioRoots(null);

    private final List<Path> roots;

    private ScenarioRoots(List<Path> roots) {
        this.roots = roots;
    }

    /** Confined to these folders (and what lies under them), each taken by its real path. */
    public static ScenarioRoots of(List<Path> folders) {
        List<Path> real = new ArrayList<>();
        for (Path f : folders) {
            real.add(realOrAbsolute(f));
        }
        return new ScenarioRoots(List.copyOf(real));
    }

    /** Whether files are confined at all. */
    public boolean confined() {
        return roots != null;
    }

    /** The folders, by real path (empty when not confined). */
    public List<Path> folders() {
        return roots == null ? List.of() : roots;
    }

    /**
     * The scenario file {@code extends} names, as a real path inside the roots. Lexically outside, it is refused
     * without touching the file system; inside, it must exist and its real path (links followed) must stay inside.
     *
     * @param from the file whose {@code extends} names it
     * @param ref  the path as written
     * @param key  the key that names it
     */
    Path parent(Path from, SpecNode.Scalar ref, String key) {
        Source source = ref.source();
        String declared = ref.text();
        Path candidate = FilePaths.resolve(from.getParent(), declared, ref, key);
        if (roots == null) {
            if (!candidate.toFile().isFile()) {
                Path cwd = Path.of("").toAbsolutePath();
                Path shown = candidate.toAbsolutePath().startsWith(cwd) ? cwd.relativize(candidate.toAbsolutePath())
                        : candidate;
                throw new ScenarioException(source, key, "scenario file not found: " + shown);
            }
            return candidate;
        }
        Path inside = inside(candidate.toAbsolutePath());
        if (inside == null) {
            throw notServed(source, key, declared);
        }
        return inside;
    }

    /** A file's real path when it lies inside the roots, else null; the file system is not read outside them. */
    public Path inside(Path file) {
        if (roots == null) {
            return file;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (roots.stream().noneMatch(abs::startsWith)) {
            return null;
        }
        try {
            Path real = abs.toRealPath();
            return roots.stream().anyMatch(real::startsWith) && Files.isRegularFile(real) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static ScenarioException notServed(Source source, String key, String declared) {
        return new ScenarioException(source, key, "no scenario file " + declared
                + " in the folders of scenarios served here");
    }

    private static Path realOrAbsolute(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
