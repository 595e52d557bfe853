package uk.cxsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The numeric keys of a resolved scenario, flattened to dotted paths, and lookups by pattern. */
public final class ScenarioKeys {
    private ScenarioKeys() {
    }

    /** Every number in the resolved parameters, by dotted path (lists are not included). */
    public static Map<String, Double> numbers(LoadedScenario scenario) {
        Map<String, Double> out = new LinkedHashMap<>();
        flatten("", scenario.resolved(), out);
        return out;
    }

    /** Keys matching a pattern in which {@code *} stands for one name (sector, supplier...). */
    public static Map<String, Double> matching(LoadedScenario scenario, String pattern) {
        Pattern p = pattern(pattern);
        Map<String, Double> out = new LinkedHashMap<>();
        numbers(scenario).forEach((k, v) -> {
            if (p.matcher(k).matches()) {
                out.put(k, v);
            }
        });
        if (out.isEmpty()) {
            throw new ScenarioException("no number in scenario " + scenario.params().name() + " matches '" + pattern
                    + "'");
        }
        return out;
    }

    /** A key pattern as a regular expression: {@code *} stands for one name (no dots), the rest for itself. */
    static Pattern pattern(String pattern) {
        return Pattern.compile(("\\Q" + pattern + "\\E").replace("*", "\\E[^.]+\\Q"));
    }

    /** Nests dotted keys back into maps, for writing an overlay file. */
    public static Map<String, Object> nest(Map<String, ?> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : flat.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> at = root;
            for (int k = 0; k < parts.length - 1; k++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(parts[k],
                        x -> new LinkedHashMap<String, Object>());
                at = next;
            }
            at.put(parts[parts.length - 1], e.getValue());
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Double> out) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                flatten(key, (Map<String, Object>) m, out);
            } else if (v instanceof Number n && !(v instanceof List)) {
                out.put(key, n.doubleValue());
            }
        }
    }
}
