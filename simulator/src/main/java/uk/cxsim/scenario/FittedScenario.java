package uk.cxsim.scenario;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * fitted.yaml: a calibration's result as a scenario overlay that extends the calibrated scenario, runnable as it
 * is. Values are rounded to six significant digits; a header says how the fit was made.
 */
public final class FittedScenario {
    /**
     * How the fit was made.
     *
     * @param targets the targets file as named on the command line
     * @param targetSet the name of its set of targets
     */
    public record Fit(Path targets, String targetSet, double objective, int evaluations, int replications,
                      int customers, long seed) {
    }

    private FittedScenario() {
    }

    /**
     * @param scenario the calibrated scenario as named on the command line
     * @param folder   where fitted.yaml goes: {@code extends} is relative to it
     * @param name     the base scenario's name
     * @param values   the best value of each binding
     */
    public static String yaml(Path scenario, Path folder, String name, List<ParameterBinding> bindings,
                              double[] values, Fit fit) {
        Path scenarioFile = scenario.toAbsolutePath().normalize();
        Map<String, Double> rounded = new LinkedHashMap<>();
        for (int k = 0; k < bindings.size(); k++) {
            bindings.get(k).assignments(values[k]).forEach((key, v) -> rounded.put(key, sixDigits(v)));
        }
        String header = String.format(Locale.UK, "# Fitted by cxsim calibrate on %s against %s (%s):%n"
                        + "# objective %.4g after %d evaluations, %d replications of %,d customers, seed %d.%n"
                        + "# Run it as a scenario, or copy the values into %s.%n",
                LocalDateTime.now().withNano(0), fit.targets(), fit.targetSet(), fit.objective(), fit.evaluations(),
                fit.replications(), fit.customers(), fit.seed(), scenario);
        return ScenarioOverlay.yaml(header, folder.toAbsolutePath().normalize().relativize(scenarioFile).toString(),
                Map.of("name", name + "-fitted"), rounded);
    }

    private static double sixDigits(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
    }
}
