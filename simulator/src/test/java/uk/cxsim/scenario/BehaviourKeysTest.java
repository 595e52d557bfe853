package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.BehaviourParams;

/**
 * Each scalar behaviour key lands in the record component of its own name: every key is set to a value no other key
 * has, and each component must hold its key's value, so two numbers passed in each other's places fail here.
 */
class BehaviourKeysTest {
    private static final String WHOLE = "whole number";

    @Test
    void everyScalarBehaviourKeyReachesTheComponentOfItsName() throws ReflectiveOperationException {
        Map<String, Double> values = distinctValues(scalarBehaviourKeys());
        BehaviourParams behaviour = TestScenarios.small(values.entrySet().stream()
                .map(e -> e.getKey() + "=" + text(e.getValue())).toArray(String[]::new)).behaviour();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            assertEquals(e.getValue(), component(behaviour, e.getKey().substring("behaviour.".length())), e.getKey());
        }
    }

    /** The keys under behaviour that hold one number (lists and per-driver weights are left out). */
    private static List<KeyCatalog.Key> scalarBehaviourKeys() {
        List<KeyCatalog.Key> keys = Scenarios.catalog().keys().stream()
                .filter(k -> k.pattern().startsWith("behaviour.") && k.min() != null && k.max() != null)
                .filter(k -> k.type().equals("number") || k.type().equals(WHOLE))
                .toList();
        assertFalse(keys.isEmpty(), "no scalar behaviour keys found: has the catalog's type changed?");
        return keys;
    }

    /**
     * A value within each key's range that no other key is given: integers count up from the key's lowest value,
     * numbers take a fraction of the range that is not a whole number.
     */
    private static Map<String, Double> distinctValues(List<KeyCatalog.Key> keys) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyCatalog.Key k = keys.get(i);
            double v = k.type().equals(WHOLE)
                    ? Math.min(k.max(), k.min() + 1 + i % (k.max() - k.min()))
                    : k.min() + (k.max() - k.min()) * (i + 1.37) / (keys.size() + 3.0);
            values.put(k.pattern(), v);
        }
        assertEquals(values.size(), new HashSet<>(values.values()).size(), "the test's values must differ: " + values);
        return values;
    }

    /** As a --set value: a whole number without its ".0". */
    private static String text(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The number a dotted path of record components leads to, e.g. {@code choice.priceWeight}. */
    private static double component(Record record, String path) throws ReflectiveOperationException {
        Object value = record;
        for (String name : path.split("\\.")) {
            value = accessor(value.getClass(), name).invoke(value);
        }
        return ((Number) value).doubleValue();
    }

    private static java.lang.reflect.Method accessor(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getAccessor();
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no component " + name);
    }
}
