package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An ensemble file ({@code kind: ensemble}): a base scenario and members, each a set of key values laid over it, all
 * of which fit the same evidence. Written by {@code cxsim calibrate --ensemble}; loaded here, where every member is
 * checked against the base scenario, so a what-if can be run across all of them.
 *
 * <pre>
 * kind: ensemble
 * name: uk-baseline-ensemble
 * scenario: ../uk-baseline.yaml      # relative to this file
 * targets: ../targets/uk-2009.yaml   # what the members fit (optional)
 * customers: 20000                   # the size they were matched at; each member loads at it
 * replications: 2
 * members:
 *   - name: m01
 *     implausibility: 0.8            # optional
 *     set: {people.toleranceMean: 12.5, behaviour.misery.weights.waitedTooLong: 1.1}
 * </pre>
 */
public final class EnsembleFile {
    /** One member: a name and the keys it sets over the base scenario. */
    public record Member(String name, Map<String, Double> set) {
        /** Its values as {@code key=value} overrides. */
        public List<String> overrides() {
            List<String> out = new ArrayList<>();
            set.forEach((k, v) -> out.add(k + "=" + v));
            return out;
        }
    }

    /** How an ensemble was made, for the file's header and keys. */
    public record Provenance(String name, Path targets, int customers, int replications, long seed,
                             List<String> header) {
    }

    private static final Set<String> KEYS = Set.of("kind", "name", "description", "scenario", "targets", "customers",
            "replications", "seed", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("name", "implausibility", "set");

    private final String name;
    private final Path scenario;
    private final Integer customers;
    private final List<Member> members;

    private EnsembleFile(String name, Path scenario, Integer customers, List<Member> members) {
        
        this.name = name;
        this.scenario = scenario;
        this.customers = customers;
        this.members = members;
    }

    public String name() {
        return name;
    }

    /** The base scenario, resolved against the ensemble file's folder. */
    public Path scenario() {
        return scenario;
    }

    /** The size the members were matched at, or null if the file does not say. */
    public Integer customers() {
        return customers;
    }

    public List<Member> members() {
        return members;
    }

    /**
     * A member as a scenario: the base, at the ensemble's size, with the member's keys, then {@code extra} overrides.
     */
    public LoadedScenario load(Member member, List<String> extra) {
        List<String> overrides = new ArrayList<>();
        if (customers != null) {
            overrides.add("customers=" + customers);
        }
        overrides.addAll(member.overrides());
        overrides.addAll(extra);
        return Scenarios.load(scenario, overrides);
    }

    /** Reads and checks an ensemble file: every member must load over the base scenario. */
    public static EnsembleFile load(Path file) {
        SpecNode.Mapping root = YamlSource.readFile(file);
        for (Map.Entry<String, SpecNode> e : root.entries().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new ScenarioException(e.getValue().source(), e.getKey(), "unknown key for an ensemble; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        }
        String kind = text(required(root, "kind"), "kind");
        if (!kind.equals("ensemble")) {
            throw new ScenarioException(root.entries().get("kind").source(), "kind", "must be 'ensemble', found '"
                    + kind + "'");
        }
        Path scenario = FilePaths.resolve(file.toAbsolutePath().getParent(),
                text(required(root, "scenario"), "scenario"), root.entries().get("scenario"), "scenario");
        Integer customers = null;
        if (root.entries().containsKey("customers")) {
            customers = wholeNumber(root.entries().get("customers"), "customers");
        }
        LoadedScenario base = Scenarios.load(scenario, List.of());
        Map<String, Double> numbers = ScenarioKeys.numbers(base);
        KeyCatalog catalog = Scenarios.catalog();
        SpecNode list = required(root, "members");
        if (!(list instanceof SpecNode.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(list.source(), "members", "must be a list of at least one member");
        }
        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Member m = member(seq.items().get(i), "members[" + i + "]", numbers, catalog);
            if (!names.add(m.name())) {
                throw new ScenarioException(seq.items().get(i).source(), "members[" + i + "].name", "'" + m.name()
                        + "' names two members");
            }
            members.add(m);
        }
        String name = root.entries().containsKey("name") ? text(root.entries().get("name"), "name")
                : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        EnsembleFile ensemble = new EnsembleFile(name, scenario, customers, List.copyOf(members));
        for (int i = 0; i < members.size(); i++) {
            try {
                ensemble.load(members.get(i), List.of());
            } catch (ScenarioException e) {
                throw new ScenarioException(seq.items().get(i).source(), "members[" + i + "]", e.getMessage());
            }
        }
        return ensemble;
    }

    private static Member member(SpecNode node, String path, Map<String, Double> numbers, KeyCatalog catalog) {
        if (!(node instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(node.source(), path, "must be a map with name and set");
        }
        for (Map.Entry<String, SpecNode> e : m.entries().entrySet()) {
            if (!MEMBER_KEYS.contains(e.getKey())) {
                throw new ScenarioException(e.getValue().source(), path + "." + e.getKey(),
                        "unknown key for a member; allowed: implausibility, name, set");
            }
        }
        String name = text(required(m, "name"), path + ".name");
        SpecNode setNode = required(m, "set");
        if (!(setNode instanceof SpecNode.Mapping set) || set.entries().isEmpty()) {
            throw new ScenarioException(setNode.source(), path + ".set", "must map scenario keys to numbers");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> e : set.entries().entrySet()) {
            String key = path + ".set." + e.getKey();
            // a number the base sets, or one it leaves at its default (an assumption sampled across its range)
            if (!numbers.containsKey(e.getKey()) && catalog.key(ParameterKeys.catalogued(e.getKey()))
                    .map(k -> k.min() == null).orElse(true)) {
                throw new ScenarioException(e.getValue().source(), key, "is not a number the base scenario sets "
                        + "or a number key (see cxsim keys)");
            }
            values.put(e.getKey(), number(e.getValue(), key));
        }
        return new Member(name, values);
    }

    /**
     * The text of an ensemble file.
     *
     * @param scenario the base scenario as named on the command line
     * @param folder   where the file goes: paths in it are relative to this folder
     * @param members  each member's name and keys, in order
     * @param implausibility each member's implausibility, in the same order
     */
    public static String yaml(Path scenario, Path folder, Provenance how, List<Member> members,
                              List<Double> implausibility) {
        Path dir = folder.toAbsolutePath().normalize();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "ensemble");
        doc.put("name", how.name());
        doc.put("scenario", dir.relativize(scenario.toAbsolutePath().normalize()).toString());
        doc.put("targets", dir.relativize(how.targets().toAbsolutePath().normalize()).toString());
        doc.put("customers", how.customers());
        doc.put("replications", how.replications());
        doc.put("seed", how.seed());
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", members.get(i).name());
            m.put("implausibility", Math.round(implausibility.get(i) * 1e4) / 1e4);
            m.put("set", members.get(i).set());
            list.add(m);
        }
        doc.put("members", list);
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(160);
        StringBuilder header = new StringBuilder();
        for (String line : how.header()) {
            header.append("# ").append(line).append('\n');
        }
        return header + new Yaml(dump).dump(doc);
    }

    private static SpecNode required(SpecNode.Mapping m, String key) {
        SpecNode n = m.entries().get(key);
        if (n == null) {
            throw new ScenarioException(m.source(), key, "is required but missing");
        }
        return n;
    }

    private static String text(SpecNode n, String path) {
        if (!(n instanceof SpecNode.Scalar s) || s.text() == null) {
            throw new ScenarioException(n.source(), path, "must be a single value, found " + SpecNode.describe(n));
        }
        return s.text();
    }

    private static double number(SpecNode n, String path) {
        String t = text(n, path);
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(n.source(), path, "must be a number, found '" + t + "'");
    }

    private static int wholeNumber(SpecNode n, String path) {
        double v = number(n, path);
        if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
            throw new ScenarioException(n.source(), path, "must be a whole number of at least 1, found '"
                    + text(n, path) + "'");
        }
        return (int) v;
    }
}
