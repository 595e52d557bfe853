package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import uk.cxsim.TestScenarios;

class FittedScenarioTest {
    @Test
    void anOverlayThatExtendsTheScenarioWithTheValuesRoundedToSixDigits() {
        LoadedScenario base = Scenarios.load(TestScenarios.SMALL, List.of());
        List<ParameterBinding> bindings = List.of(ParameterBinding.resolve(base, "people.toleranceMean", false));
        Path folder = Path.of("target/fitted-test/out");
        FittedScenario.Fit fit = new FittedScenario.Fit(Path.of("targets.yaml"), "test", 1.5, 12, 2, 4000, 7);
        String text = FittedScenario.yaml(TestScenarios.SMALL, folder, "small", bindings,
                new double[]{7.123456789}, fit);
        assertTrue(text.startsWith("# Fitted by cxsim calibrate on "), text);
        assertTrue(text.contains("# objective 1.500 after 12 evaluations, 2 replications of 4,000 customers, seed 7."),
                text);
        Map<String, Object> doc = new Yaml().load(text);
        assertEquals("small-fitted", doc.get("name"));
        assertEquals(folder.toAbsolutePath().normalize().resolve(doc.get("extends").toString()).normalize(),
                TestScenarios.SMALL.toAbsolutePath().normalize());
        assertEquals(Map.of("toleranceMean", 7.12346), doc.get("people"));
    }
}
