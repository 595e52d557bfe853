package uk.cxsim.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Files named in scenario, experiment and ensemble files, resolved against the folder the names are relative to. */
final class FilePaths {
    private FilePaths() {
    }

    /**
     * {@code name} resolved against {@code dir} and normalised; a name that cannot be a path on this system (one
     * holding a NUL character, say) is refused in one line naming where it was given, under {@code key}.
     */
    static Path resolve(Path dir, String name, SpecNode node, String key) {
        try {
            return dir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new ScenarioException(node.source(), key, "not a file path (" + e.getReason() + ")");
        }
    }
}
