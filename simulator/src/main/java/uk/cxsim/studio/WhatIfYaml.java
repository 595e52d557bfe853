package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.cxsim.scenario.ScenarioOverlay;

/**
 * A what-if as a scenario file: it extends its base and holds only the levers changed, nested as a scenario file
 * nests them, so it reads like the hand-written ones in {@code scenarios/} and re-opens in the studio.
 */
final class WhatIfYaml {
    private WhatIfYaml() {
    }

    /**
     * The file's text.
     *
     * @param extendsPath the base as the file should name it (relative to where the file will live)
     */
    static String text(String extendsPath, String name, String baseName, Map<String, String> set) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", "What-if made in the studio on " + baseName + ": " + String.join(", ",
                set.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList()));
        Map<String, Object> values = new LinkedHashMap<>();
        set.forEach((k, v) -> values.put(k, value(v)));
        return ScenarioOverlay.yaml("# What-if saved by cxsim studio: the base scenario with only these levers "
                + "changed.\n", extendsPath, fields, values);
    }

    /**
     * The base as a what-if living in {@code folder} names it: its path relative to the folder, or, for the
     * built-in baseline, the baseline's file name beside it.
     */
    static String extendsPath(Path folder, Path baseFile) {
        return baseFile == null ? "uk-baseline.yaml"
                : folder.toAbsolutePath().normalize().relativize(baseFile.toAbsolutePath().normalize()).toString();
    }

    /** true/false and numbers as YAML's own types, anything else as text. */
    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
            }
        } catch (NumberFormatException e) {
            // a word
        }
        return text;
    }
}
