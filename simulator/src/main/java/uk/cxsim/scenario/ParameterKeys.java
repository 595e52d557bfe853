package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The behaviour and economic parameters of a scenario, with their values, as {@link ParameterTable} lists them (its
 * Javadoc says which keys count and why). A key with a name in it ({@code <sector>}, {@code <band>}) is listed with
 * {@code *} for the name and holds one value per sector, band or supplier; a map of numbers is listed name by name.
 */
final class ParameterKeys {
    /** The pattern of a supplier's keys in the catalogue. */
    private static final String SUPPLIER = "sectors.<sector>.suppliers.<supplier>.";
    /** The layer every supplier starts from, as the table names its keys. */
    static final String DEFAULTS = "supplierDefaults.";
    private static final List<String> COUNTED = List.of("people.", "behaviour.", "network.", "costs.", "levers.",
            "sectors.<sector>.");
    /** Supplier keys that place one supplier in its market, with no default worth listing. */
    private static final Set<String> OWN = Set.of("marketShare", "attractiveness", "attractivenessTrendPerYear");

    /**
     * One parameter.
     *
     * @param key     the key as the table lists it ({@code *} for a name)
     * @param allowed the range the scenario reader accepts
     * @param values  every value the scenario holds for it, by full key
     * @param written the full keys among them the scenario file states (the others are defaults)
     * @param layer   for a supplier key, the value of the layer every supplier starts from; null otherwise
     * @param whole   whether the key takes whole numbers only
     */
    record Parameter(String key, String allowed, Map<String, Double> values, Set<String> written, Layer layer,
                     boolean whole) {
    }

    /** The value of the supplier defaults' layer, and whether the file states it. */
    record Layer(double value, boolean written) {
    }

    private ParameterKeys() {
    }

    /**
     * The catalogue's pattern of a full key: a supplier default ({@code supplierDefaults.X}, or a sector's
     * {@code sectors.S.supplierDefaults.X}) is catalogued as every supplier's key; any other key as itself.
     */
    static String catalogued(String key) {
        if (key.startsWith(DEFAULTS)) {
            return SUPPLIER + key.substring(DEFAULTS.length());
        }
        int at = key.indexOf("." + DEFAULTS);
        return key.startsWith("sectors.") && at > 0 ? SUPPLIER + key.substring(at + 1 + DEFAULTS.length()) : key;
    }

    /**
     * Every parameter of a scenario, in the catalogue's order.
     *
     * @param file    the scenario as written (to tell stated values from defaults)
     * @param catalog the keys the scenario reader read while binding it
     * @param numbers every number of the bound scenario, by full key ({@link ScenarioKeys#numbers})
     */
    static List<Parameter> of(SpecNode.Mapping file, KeyCatalog catalog, Map<String, Double> numbers) {
        Map<String, String> written = new LinkedHashMap<>();
        leaves("", file, written);
        List<Parameter> out = new ArrayList<>();
        for (KeyCatalog.Key k : catalog.keys()) {
            if (!numeric(k.type()) || !counted(k.pattern())) {
                continue;
            }
            boolean map = k.type().startsWith("map of");
            String star = k.pattern().replaceAll("<[^>]+>", "*");
            Pattern pattern = ScenarioKeys.pattern(map ? star + ".*" : star);
            Map<String, Map<String, Double>> byKey = new LinkedHashMap<>();
            numbers.forEach((key, v) -> {
                if (pattern.matcher(key).matches()) {
                    String listed = map ? star + key.substring(key.lastIndexOf('.')) : star;
                    byKey.computeIfAbsent(listed, x -> new LinkedHashMap<>()).put(key, v);
                }
            });
            String allowed = map ? k.allowed().replaceFirst(" each$", "") : k.allowed();
            byKey.forEach((key, values) -> out.add(parameter(k, key, allowed, values, written)));
        }
        return out;
    }

    private static Parameter parameter(KeyCatalog.Key k, String key, String allowed, Map<String, Double> values,
                                       Map<String, String> written) {
        Set<String> stated = new java.util.LinkedHashSet<>(values.keySet());
        stated.retainAll(written.keySet());
        String starred = SUPPLIER.replaceAll("<[^>]+>", "*");
        String own = key.startsWith(starred) ? key.substring(starred.length()) : null;
        if (own == null || OWN.contains(own)) {
            return new Parameter(key, allowed, values, stated, null, whole(k));
        }
        String layerKey = DEFAULTS + own;
        String text = written.get(layerKey);
        Layer layer = new Layer(number(text == null ? k.defaultValue() : text), text != null);
        return new Parameter(layerKey, allowed, values, stated, layer, whole(k));
    }

    private static boolean whole(KeyCatalog.Key k) {
        return k.type().equals("whole number");
    }

    private static boolean numeric(String type) {
        return type.equals("number") || type.equals("whole number")
                || (type.startsWith("map of") && type.endsWith(" to numbers"));
    }

    private static boolean counted(String pattern) {
        return pattern.equals("population") || COUNTED.stream().anyMatch(pattern::startsWith);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Every scalar the file states, by full key, as written. */
    private static void leaves(String prefix, SpecNode.Mapping node, Map<String, String> out) {
        node.entries().forEach((name, value) -> {
            String key = NodeReader.full(prefix, name);
            if (value instanceof SpecNode.Mapping m) {
                leaves(key, m, out);
            } else if (value instanceof SpecNode.Scalar s) {
                out.put(key, s.text());
            }
        });
    }
}
