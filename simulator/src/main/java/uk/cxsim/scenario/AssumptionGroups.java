package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The assumed parameters of a scenario in the named groups a screening of assumptions moves (the groups file beside
 * the status file, {@code scenarios/parameters/uk-baseline-groups.yaml} for the UK baseline). A group is one factor:
 * each of its parameters at the same share of the way from its own low to its own high.
 *
 * <p>{@link #resolve} joins the groups with the parameter table, so the screening always covers what the status file
 * calls assumed: every assumed parameter with one key and a range must be in exactly one group or else under
 * {@code notScreened} (with why; a group's own key wins over it), and every pattern must match an assumed parameter.
 * Assumed keys with a name in them ({@code people.ageBands.*.contactRateMultiplier}) hold one value per name and are
 * not screened.
 */
public final class AssumptionGroups {
    /** The groups of the UK baseline's assumptions, shipped with cxsim (and built into it). */
    public static final String BUILT_IN = "scenarios/parameters/uk-baseline-groups.yaml";

    /**
     * One assumed parameter and its plausible range.
     *
     * @param step the values it takes are low plus whole multiples of step (1 for a whole-number key, or as the
     *             groups file's {@code steps} says); 0 for any value
     */
    public record Assumed(String key, double low, double high, double step) {
        /** The value a share {@code u} (0 to 1) of the way from low to high. */
        public double at(double u) {
            double v = low + u * (high - low);
            return step > 0 ? Math.min(high, low + Math.round((v - low) / step) * step) : v;
        }
    }

    /** A group: its name and its parameters, in the table's order. */
    public record Group(String name, List<Assumed> parameters) {
    }

    /** One key or pattern of the file, compiled once: the group it puts keys in, or null for keys left out. */
    private record Rule(String label, String group, Pattern pattern) {
    }

    private final String origin;
    private final List<String> groups;
    private final List<Rule> rules;
    private final Map<String, Double> steps;

    private AssumptionGroups(String origin, List<String> groups, List<Rule> rules, Map<String, Double> steps) {
        this.origin = origin;
        this.groups = groups;
        this.rules = rules;
        this.steps = steps;
    }

    /** The groups file built into the program. */
    public static AssumptionGroups builtIn() {
        return read(BuiltInFiles.mapping(BUILT_IN, "groups file"), BUILT_IN);
    }

    /** A groups file on disk. */
    public static AssumptionGroups load(Path file) {
        return read(YamlSource.readFile(file), file.toString());
    }

    static AssumptionGroups read(SpecNode.Mapping root, String origin) {
        NodeReader file = new NodeReader(root, "", "", new KeyCatalog(), new LinkedHashMap<>());
        file.text("description", "", "What the file is about");
        SpecNode.Mapping groupMap = file.optionalMapping("groups", "map", "Groups of assumed parameters");
        SpecNode.Mapping skipped = file.optionalMapping("notScreened", "map", "Assumed parameters left out, and why");
        NodeReader stepReader = file.group("steps", "Keys whose values go in steps other than 1 (an even degree)");
        Map<String, Double> steps = new LinkedHashMap<>();
        for (String key : List.copyOf(stepReader.node().entries().keySet())) {
            steps.put(key, stepReader.number(key, 1e-9, Double.MAX_VALUE, 1, "Step of " + key));
        }
        stepReader.finish();
        file.finish();
        if (groupMap == null || groupMap.entries().isEmpty()) {
            throw new ScenarioException(root.source(), "groups", "needs at least one group: a name and a list of keys");
        }
        List<String> groups = new ArrayList<>(groupMap.entries().keySet());
        List<Rule> rules = new ArrayList<>();
        groupMap.entries().forEach((name, node) -> {
            for (String p : patterns(node, "groups." + name)) {
                rules.add(new Rule(name + ": " + p, name, ScenarioKeys.pattern(p)));
            }
        });
        if (skipped != null) {
            skipped.entries().forEach((pattern, node) -> {
                if (!(node instanceof SpecNode.Scalar s) || s.text().isBlank()) {
                    throw new ScenarioException(node.source(), "notScreened." + pattern, "must say why it is not "
                            + "screened");
                }
                rules.add(new Rule("notScreened: " + pattern, null, ScenarioKeys.pattern(pattern)));
            });
        }
        return new AssumptionGroups(origin, groups, rules, steps);
    }

    private static List<String> patterns(SpecNode node, String at) {
        if (!(node instanceof SpecNode.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(node.source(), at, "must be a list of keys or key patterns, found "
                    + SpecNode.describe(node));
        }
        List<String> out = new ArrayList<>();
        for (SpecNode item : seq.items()) {
            if (!(item instanceof SpecNode.Scalar s)) {
                throw new ScenarioException(item.source(), at, "must list keys, found " + SpecNode.describe(item));
            }
            out.add(s.text());
        }
        return out;
    }

    /**
     * The groups with the table's assumed parameters in them.
     *
     * @throws ScenarioException naming the first problem (and how many more) if the grouping does not cover the
     *                           table's assumptions exactly once
     */
    public List<Group> resolve(ParameterTable table) {
        List<String> problems = new ArrayList<>();
        List<Group> out = resolve(table, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more problems)" : ""));
        }
        return out;
    }

    /** What keeps the grouping from covering the table's assumptions exactly once, one line each. */
    public List<String> problems(ParameterTable table) {
        List<String> problems = new ArrayList<>();
        resolve(table, problems);
        return problems;
    }

    private List<Group> resolve(ParameterTable table, List<String> problems) {
        Map<String, List<Assumed>> members = new LinkedHashMap<>();
        groups.forEach(g -> members.put(g, new ArrayList<>()));
        Set<Rule> used = new HashSet<>();
        for (ParameterTable.Row row : table.rows()) {
            ParameterStatus s = row.status();
            if (s.kind() != ParameterStatus.Kind.ASSUMED || row.key().contains("*")) {
                continue;
            }
            List<String> homes = new ArrayList<>();
            boolean skipped = false;
            for (Rule r : rules) {
                if (r.pattern().matcher(row.key()).matches()) {
                    used.add(r);
                    if (r.group() == null) {
                        skipped = true;
                    } else {
                        homes.add(r.group());
                    }
                }
            }
            if (homes.size() > 1) {
                problems.add(origin + ": " + row.key() + " is in more than one group: " + String.join(", ", homes));
            } else if (homes.isEmpty() && !skipped) {
                problems.add(origin + ": assumed parameter " + row.key() + " is in no group; add it to one, or to "
                        + "notScreened with why");
            } else if (!homes.isEmpty() && s.movable()) {
                double step = steps.getOrDefault(row.key(), row.whole() ? 1.0 : 0.0);
                members.get(homes.get(0)).add(new Assumed(row.key(), s.low(), s.high(), step));
            }
        }
        for (String key : steps.keySet()) {
            if (members.values().stream().flatMap(List::stream).noneMatch(a -> a.key().equals(key))) {
                problems.add(origin + ": steps." + key + " is not a screened parameter");
            }
        }
        for (Rule r : rules) {
            if (!used.contains(r)) {
                problems.add(origin + ": " + r.label() + " matches no assumed parameter with one key");
            }
        }
        List<Group> out = new ArrayList<>();
        members.forEach((name, list) -> {
            if (list.isEmpty()) {
                problems.add(origin + ": group '" + name + "' has no assumed parameter with a range to move");
            }
            out.add(new Group(name, List.copyOf(list)));
        });
        return out;
    }
}
