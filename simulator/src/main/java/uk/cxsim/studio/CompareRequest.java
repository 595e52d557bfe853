package uk.cxsim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/compare} (and of validate, save and download): the base scenario, the levers set
 * ({@code key: value}, scenario keys as {@code --set} takes them), the size, replications, seed and a name.
 */
record CompareRequest(String base, Map<String, String> set, Integer customers, Integer replications, Long seed,
                      String name) {
    private static final Set<String> FIELDS = Set.of("base", "set", "customers", "replications", "seed", "name");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

    /** Reads a parsed JSON body; a wrong field or type is a {@link BadRequest} naming it. */
    static CompareRequest of(Object body) {
        if (!(body instanceof Map<?, ?> m)) {
            throw new BadRequest("the request body must be a JSON object with base, set, customers, replications, "
                    + "seed, name");
        }
        for (Object k : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                throw new BadRequest("unknown field '" + k + "'; allowed: base, set, customers, replications, seed, "
                        + "name");
            }
        }
        Object base = m.get("base");
        if (base != null && !(base instanceof String)) {
            throw new BadRequest("base must be a scenario (a path such as scenarios/uk-baseline.yaml, or built-in)");
        }
        Map<String, String> set = new LinkedHashMap<>();
        Object s = m.get("set");
        if (s != null) {
            if (!(s instanceof Map<?, ?> sm)) {
                throw new BadRequest("set must be an object of scenario keys and values, e.g. "
                        + "{\"levers.allSuppliers.crm.context\": 1}");
            }
            for (Map.Entry<?, ?> e : sm.entrySet()) {
                Object v = e.getValue();
                if (v == null || v instanceof Map || v instanceof List) {
                    throw new BadRequest("set." + e.getKey() + " must be a number, true/false or a word");
                }
                set.put(String.valueOf(e.getKey()), String.valueOf(v));
            }
        }
        Integer customers = whole(m, "customers", 100, 100_000_000);
        Integer replications = whole(m, "replications", 2, 100);
        Integer seedValue = whole(m, "seed", 0, Integer.MAX_VALUE);
        Long seed = seedValue == null ? null : seedValue.longValue();
        Object name = m.get("name");
        if (name != null && !(name instanceof String n && NAME.matcher(n).matches())) {
            throw new BadRequest("name must be 1 to 60 letters, digits, '-' or '_' (starting with a letter or digit), "
                    + "found '" + name + "'");
        }
        return new CompareRequest(base == null ? Studio.BUILT_IN : (String) base, set, customers, replications, seed,
                (String) name);
    }

    private static Integer whole(Map<?, ?> m, String field, int min, int max) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
                || n.doubleValue() > max) {
            throw new BadRequest(field + " must be a whole number from " + min + " to " + max + ", found " + v);
        }
        return n.intValue();
    }

    /** The overrides for the base: size and seed. */
    List<String> baseOverrides() {
        List<String> out = new ArrayList<>();
        if (customers != null) {
            out.add("customers=" + customers);
        }
        if (seed != null) {
            out.add("seed=" + seed);
        }
        return out;
    }

    /** The overrides for the what-if: the base's, then the levers set. */
    List<String> variantOverrides() {
        List<String> out = baseOverrides();
        set.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
