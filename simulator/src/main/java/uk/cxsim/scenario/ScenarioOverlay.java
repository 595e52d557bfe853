package uk.cxsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scenario file that extends another and sets a few keys, nested as a hand-written scenario nests them: what a
 * calibration's fitted.yaml and a studio what-if are.
 */
public final class ScenarioOverlay {
    private ScenarioOverlay() {
    }

    /**
     * @param header      comment lines, each starting with {@code #} and ending with a line break (or empty)
     * @param extendsPath the scenario extended, as the file names it (relative to where the file will live)
     * @param fields      top-level entries after {@code extends} (name, description)
     * @param keys        dotted scenario keys and their values
     */
    public static String yaml(String header, String extendsPath, Map<String, Object> fields, Map<String, ?> keys) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extends", extendsPath);
        doc.putAll(fields);
        doc.putAll(ScenarioKeys.nest(keys));
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(120);
        return header + new Yaml(dump).dump(doc);
    }
}
