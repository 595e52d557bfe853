package uk.cxsim.results;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean of several results of one shape, such as the summaries of a run's replications: every floating-point
 * number is the mean of the same number in each (summed in order, then divided), records, maps (the first one's
 * keys) and lists are averaged member by member, and anything else (a name, a count, a whole number) is the first
 * one's.
 */
public final class Means {
    private Means() {
    }

    /** The mean of {@code values}, none of them null, at least one. */
    public static <T extends Record> T of(Class<T> type, List<T> values) {
        return type.cast(mean(new ArrayList<>(values)));
    }

    private static Object mean(List<Object> values) {
        Object first = values.get(0);
        if (first instanceof Record r) {
            return record(r.getClass(), values);
        }
        if (first instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object key : m.keySet()) {
                out.put(key, mean(values.stream().<Object>map(v -> ((Map<?, ?>) v).get(key)).toList()));
            }
            return out;
        }
        if (first instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < l.size(); k++) {
                int at = k;
                out.add(mean(values.stream().<Object>map(v -> ((List<?>) v).get(at)).toList()));
            }
            return out;
        }
        if (first instanceof Double || first instanceof Float) {
            double sum = 0;
            for (Object v : values) {
                sum += ((Number) v).doubleValue();
            }
            return sum / values.size();
        }
        return first;
    }

    private static Object record(Class<?> type, List<Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] means = new Object[components.length];
        try {
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
                List<Object> column = new ArrayList<>();
                for (Object v : values) {
                    column.add(components[k].getAccessor().invoke(v));
                }
                means[k] = mean(column);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(means);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot average " + type.getSimpleName() + ": " + (e instanceof
                    InvocationTargetException i ? i.getCause() : e), e);
        }
    }
}
