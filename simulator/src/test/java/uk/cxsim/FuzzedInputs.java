package uk.cxsim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the property tests over broken input: a scratch copy of the scenario folder (so {@code extends:} and
 * relative paths resolve as in the real files) and the broken inputs, by kind, as {@link SeededCases}: the edge cases
 * of each kind, then {@code tries} random ones.
 */
@ExtendWith(SeededCases.NameFailures.class)
public abstract class FuzzedInputs {
    /** The scratch copy; broken files are written into it beside the real ones. */
    protected static Path folder;

    /** Junk text, written as UTF-8, or one byte per character when {@code raw}. */
    public record Junk(String text, boolean raw) {
    }

    @BeforeAll
    protected static void copyScenarios() throws IOException {
        folder = FuzzFolder.copyOf(TestScenarios.SCENARIOS);
    }

    @AfterAll
    protected static void removeCopy() {
        FuzzFolder.delete(folder);
    }

    /** Mutated scenario files. */
    protected static Stream<Named<String>> scenarios(int tries) {
        return mutated(TestScenarios.SCENARIOS, tries);
    }

    /** Mutated experiment files. */
    protected static Stream<Named<String>> experiments(int tries) {
        return mutated(TestScenarios.SCENARIOS.resolve("experiments"), tries);
    }

    /** Mutated targets files. */
    protected static Stream<Named<String>> targets(int tries) {
        return mutated(TestScenarios.SCENARIOS.resolve("targets"), tries);
    }

    /** {@code --set} texts. */
    protected static Stream<Named<String>> overrides(int tries) {
        return SeededCases.cases(Overrides.edges(), tries, Overrides::random);
    }

    /** Junk text; the edges each written both ways. */
    protected static Stream<Named<Junk>> junk(int tries) {
        List<Named<Junk>> edges = YamlMutations.junkEdges().stream()
                .flatMap(e -> Stream.of(Named.of(e.getName() + " as UTF-8", new Junk(e.getPayload(), false)),
                        Named.of(e.getName() + " as bytes", new Junk(e.getPayload(), true))))
                .toList();
        return SeededCases.cases(edges, tries, r -> new Junk(YamlMutations.junk(r), r.nextBoolean()));
    }

    private static Stream<Named<String>> mutated(Path dir, int tries) {
        Map<String, String> files = YamlMutations.files(dir);
        List<String> texts = List.copyOf(files.values());
        return SeededCases.cases(YamlMutations.edges(files), tries, r -> YamlMutations.mutated(r, texts));
    }
}
