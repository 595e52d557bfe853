package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantity an experiment varies: one scenario key, or, for a pattern with {@code *} (any sector, supplier or
 * band name), one multiplier applied to every matching value. Turns a value into {@code --set} overrides.
 *
 * @param base the matching keys and their values in the scenario as loaded
 */
public record ParameterBinding(String key, boolean scale, Map<String, Double> base) {

    /** Binds a key (a plain value) or a pattern with {@code *} (a multiplier) against a loaded scenario. */
    public static ParameterBinding resolve(LoadedScenario scenario, String key, boolean scale) {
        if (scale || key.contains("*")) {
            return new ParameterBinding(key, true, ScenarioKeys.matching(scenario, key));
        }
        Double v = ScenarioKeys.numbers(scenario).get(key);
        Map<String, Double> base = new LinkedHashMap<>();
        // a key the scenario does not set (an override layer, say) has no current value; it is checked when used
        base.put(key, v == null ? Double.NaN : v);
        return new ParameterBinding(key, false, base);
    }

    /** The value the scenario has now: the key's value (NaN if it does not set it), or multiplier 1. */
    public double current() {
        return scale ? 1.0 : base.values().iterator().next();
    }

    /** Label for tables: the key, with "(x)" for a multiplier. */
    public String label() {
        return scale ? key + " (x)" : key;
    }

    /** The scenario keys and values this value stands for. */
    public Map<String, Double> assignments(double value) {
        Map<String, Double> out = new LinkedHashMap<>();
        base.forEach((k, v) -> out.put(k, scale ? v * value : value));
        return out;
    }

    /** {@code key=value} overrides for a point of several bindings. */
    public static List<String> overrides(List<ParameterBinding> bindings, double[] values) {
        List<String> o = new ArrayList<>();
        for (int k = 0; k < bindings.size(); k++) {
            bindings.get(k).assignments(values[k]).forEach((key, v) -> o.add(key + "=" + v));
        }
        return o;
    }
}
