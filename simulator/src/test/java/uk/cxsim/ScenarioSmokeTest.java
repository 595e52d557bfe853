package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;

/**
 * Every scenario shipped in scenarios/ loads and runs briefly with a fixed seed (targets, experiments, ensembles and
 * the parameter status files are not scenarios).
 */
class ScenarioSmokeTest {
    @TestFactory
    Stream<DynamicTest> everyScenarioRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TestScenarios.SCENARIOS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.toString().contains("targets") && !p.toString().contains("experiments")
                            && !p.toString().contains("ensembles")
                            && !p.startsWith(TestScenarios.SCENARIOS.resolve("parameters")))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ScenarioParams p = Scenarios.load(f, List.of("customers=2000", "days=20", "warmupDays=5", "seed=3"))
                    .params();
            RunSummary s = new RunSummary(TestScenarios.run(p));
            assertTrue(s.leavers() > 0, "nobody left in " + f);
            assertEquals(20, s.record().daily().size());
        }));
    }
}
