package uk.cxsim.model.params;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where two parameter trees first differ, by content: records component by component, arrays, lists and maps
 * element by element, anything else by {@code equals}. Parameter records hold arrays, which a record's own
 * {@code equals} compares by identity, so two scenarios loaded from the same file would not be equal by it.
 */
public final class ParamsDifference {
    private ParamsDifference() {
    }

    /** Whether {@code a} and {@code b} hold the same values. */
    public static boolean same(Object a, Object b) {
        return first(a, b, "").isEmpty();
    }

    /** The path of the first difference between {@code a} and {@code b} under {@code path}; empty if none. */
    public static Optional<String> first(Object a, Object b, String path) {
        if (a == b) {
            return Optional.empty();
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return Optional.of(path);
        }
        Class<?> type = a.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                Optional<String> d = first(read(c, a), read(c, b), join(path, c.getName()));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (type.isArray()) {
            int n = java.lang.reflect.Array.getLength(a);
            if (n != java.lang.reflect.Array.getLength(b)) {
                return Optional.of(path);
            }
            for (int i = 0; i < n; i++) {
                Optional<String> d = first(java.lang.reflect.Array.get(a, i), java.lang.reflect.Array.get(b, i),
                        path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return Optional.of(path);
            }
            for (int i = 0; i < la.size(); i++) {
                Optional<String> d = first(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!ma.keySet().equals(mb.keySet())) {
                return Optional.of(path);
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                Optional<String> d = first(e.getValue(), mb.get(e.getKey()), join(path, String.valueOf(e.getKey())));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return a.equals(b) ? Optional.empty() : Optional.of(path);
    }

    /** The value of one component of a record. */
    public static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
