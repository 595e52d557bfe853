package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import uk.cxsim.scenario.ScenarioException;

/** A scratch copy of the scenario folder for property tests, and the checks they share. */
public final class FuzzFolder {
    private FuzzFolder() {
    }

    /** A new temporary folder holding the {@code *.yaml} files of {@code scenarios} and its subfolders. */
    public static Path copyOf(Path scenarios) throws IOException {
        Path dir = Files.createTempDirectory("cxsim-fuzz-");
        try (Stream<Path> s = Files.walk(scenarios)) {
            for (Path p : s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Path to = dir.resolve(scenarios.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return dir;
    }

    /**
     * Writes {@code text} as UTF-8 (a lone surrogate becomes '?'), or, when {@code raw}, each character as one byte,
     * which makes bytes that are not UTF-8 at all.
     */
    public static void write(Path file, String text, boolean raw) {
        try {
            Files.write(file, text.getBytes(raw ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under {@code dir}, sorted. */
    public static List<Path> listing(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        for (Path p : listing(dir).stream().sorted(Comparator.reverseOrder()).toList()) {
            p.toFile().delete();
        }
    }

    /**
     * Runs {@code load}: it may succeed (true), or throw a {@link ScenarioException} whose message is one line
     * (false); anything else it throws fails the test.
     */
    public static boolean loadsOrIsRefusedInOneLine(Runnable load) {
        try {
            load.run();
            return true;
        } catch (ScenarioException e) {
            assertOneLine(e.getMessage());
            return false;
        }
    }

    public static void assertOneLine(String message) {
        assertFalse(message == null || message.isBlank(), "empty message");
        assertTrue(message.indexOf('\n') < 0 && message.indexOf('\r') < 0, "more than one line: " + message);
    }
}
