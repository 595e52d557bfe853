package uk.cxsim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.scenario.ScenarioException;

/**
 * The body of {@code POST /api/compare} (and of validate, save and download): the base scenario by name, the levers
 * set ({@code key: value}, scenario keys as {@code --set} takes them), the size, replications, seed, a name, and the
 * sectors the what-if simulates again ({@code focus}: {@code auto}, the default, {@code all} or sector names, as
 * {@code cxsim compare --focus} takes them) and how many times the base's customers they simulate
 * ({@code focusDensity}, as {@code --focus-density}), and an ensemble to run it on, every member of it
 * ({@code ensemble}, by name, as {@code GET /api/ensembles} offers them for the base).
 */
record CompareRequest(String base, Map<String, String> set, Integer customers, Integer replications, Long seed,
                      String name, String focus, Integer focusDensity, String ensemble) {
    private static final Set<String> FIELDS = Set.of("base", "set", "customers", "replications", "seed", "name",
            "focus", "focusDensity", "ensemble");
    private static final String LISTED = "base, set, customers, replications, seed, name, focus, focusDensity, "
            + "ensemble";
    /** Keys that say what a scenario is, not how the market behaves: never set as a lever. */
    private static final Set<String> NOT_LEVERS = Set.of("extends", "name", "description", "title", "seed", "customers",
            "replications");

    /**
     * Reads a parsed JSON body; a wrong field or type, or a size beyond the studio's caps, is a 400 naming it.
     *
     * @param maxCustomers    most simulated customers a request may ask for
     * @param maxReplications most replications a request may ask for
     */
    static CompareRequest of(Object body, int maxCustomers, int maxReplications) {
        if (!(body instanceof Map<?, ?> m)) {
            throw HttpProblem.badRequest("the request body must be a JSON object with " + LISTED);
        }
        for (Object k : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                throw HttpProblem.badRequest("unknown field " + ScenarioNames.quoted(String.valueOf(k))
                        + "; allowed: " + LISTED);
            }
        }
        Object base = m.get("base");
        if (base != null && !(base instanceof String)) {
            throw HttpProblem.badRequest("base must be a scenario's name, as GET /api/scenarios lists them");
        }
        Map<String, String> set = new LinkedHashMap<>();
        Object s = m.get("set");
        if (s != null) {
            if (!(s instanceof Map<?, ?> sm)) {
                throw HttpProblem.badRequest("set must be an object of scenario keys and values, e.g. "
                        + "{\"levers.allSuppliers.crm.context\": 1}");
            }
            for (Map.Entry<?, ?> e : sm.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object v = e.getValue();
                if (NOT_LEVERS.contains(key) || NOT_LEVERS.stream().anyMatch(n -> key.startsWith(n + "."))) {
                    throw HttpProblem.badRequest("set." + key + " is not a lever: set the market's keys only ("
                            + "the base, name, seed and size have fields of their own)");
                }
                if (v == null || v instanceof Map || v instanceof List) {
                    throw HttpProblem.badRequest("set." + key + " must be a number, true/false or a word");
                }
                set.put(key, String.valueOf(v));
            }
        }
        Integer customers = whole(m, "customers", 100, maxCustomers);
        Integer replications = whole(m, "replications", 2, maxReplications);
        Integer seedValue = whole(m, "seed", 0, Integer.MAX_VALUE);
        Long seed = seedValue == null ? null : seedValue.longValue();
        Object name = m.get("name");
        if (name != null && !(name instanceof String n && ScenarioNames.valid(n) && !ScenarioNames.reserved(n))) {
            throw HttpProblem.badRequest("name must be " + ScenarioNames.RULE + " (and not a device name such as "
                    + "con or nul), found " + ScenarioNames.quoted(String.valueOf(name)));
        }
        Object focus = m.get("focus");
        if (focus != null && !(focus instanceof String f && parses(f))) {
            throw HttpProblem.badRequest("focus must be auto, all or sector names separated by commas, found "
                    + ScenarioNames.quoted(String.valueOf(focus)));
        }
        Object ensemble = m.get("ensemble");
        if (ensemble != null && !(ensemble instanceof String e && ScenarioNames.valid(e))) {
            throw HttpProblem.badRequest("ensemble must be an ensemble's name, as GET /api/ensembles lists them");
        }
        Integer focusDensity = whole(m, "focusDensity", 1, Focus.Mode.MAX_DENSITY);
        if (focusDensity != null && focusDensity > 1 && ("all".equals(focus) || ensemble != null)) {
            throw HttpProblem.badRequest("focusDensity above 1 needs focus auto or sector names and no ensemble: it "
                    + "runs the sectors a what-if changes, in one world");
        }
        return new CompareRequest(base == null ? ScenarioIndex.BASELINE : (String) base, set, customers, replications,
                seed, (String) name, (String) focus, focusDensity, (String) ensemble);
    }

    private static boolean parses(String focus) {
        try {
            Focus.Mode.parse(focus);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** The sectors the what-if simulates again, and how densely: {@code auto} at 1 unless the request says so. */
    Focus.Mode focusMode() {
        return (focus == null ? Focus.Mode.AUTO : Focus.Mode.parse(focus)).withDensity(focusDensity == null ? 1
                : focusDensity);
    }

    private static Integer whole(Map<?, ?> m, String field, int min, int max) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
                || n.doubleValue() > max) {
            throw HttpProblem.badRequest(String.format(Locale.UK, "%s must be a whole number from %,d to %,d, found %s",
                    field, min, max, ScenarioNames.quoted(String.valueOf(v))));
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

    /**
     * The overrides for the what-if: the base's, its title dropped (a title says what the base does, and would
     * misname the what-if, as it does not pass to a file extending the base), then the levers set.
     */
    List<String> variantOverrides() {
        List<String> out = baseOverrides();
        out.add("title=''");
        set.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
