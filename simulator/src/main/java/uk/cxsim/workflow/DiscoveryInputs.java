package uk.cxsim.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import uk.cxsim.output.Json;
import uk.cxsim.output.TidyTable;
import uk.cxsim.results.BatchFile;
import uk.cxsim.results.ComparisonFile;

/**
 * Which columns of a table scenario discovery may restrict, when the user names none. Beside a sweep.csv, the
 * sweep's batch.json names the parameters it varied: those are the inputs (the figures after them are outputs);
 * beside an ensemble comparison's table, comparison.json names the keys the members set, and beside an ensemble's
 * ensemble.csv, ensemble.yaml does. Any other table: every numeric column that takes more than one value, except the
 * outcome and the bookkeeping columns (point, replication, seed, run, world, index). Text columns are left out, with
 * a note.
 */
public record DiscoveryInputs(List<String> inputs, String source, List<String> leftOut) {
    private static final Set<String> BOOKKEEPING = Set.of("point", "replication", "seed", "run", "world", "index");

    static DiscoveryInputs defaults(TidyTable table, String outcome) {
        List<String> swept = declaredParameters(table.file());
        List<String> inputs = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> candidates = swept.isEmpty() ? table.columns() : swept;
        for (String c : candidates) {
            if (c.equals(outcome) || BOOKKEEPING.contains(c) || !table.has(c)) {
                continue;
            }
            if (!table.numeric(c)) {
                text.add(c);
            } else if (table.varies(c)) {
                inputs.add(c);
            }
        }
        String source = swept.isEmpty() ? "every numeric column that varies" : "the parameters the files beside the "
                + "table say were varied";
        return new DiscoveryInputs(inputs, source, text);
    }

    /**
     * The parameters the files beside the table say were varied: a sweep's batch.json, an ensemble comparison's
     * comparison.json, an ensemble's ensemble.yaml; none if there is no such file or key.
     */
    private static List<String> declaredParameters(Path table) {
        BatchFile batch = load(table.resolveSibling("batch.json"), BatchFile.class);
        if (batch != null && batch.parameters() != null) {
            return batch.parameters();
        }
        ComparisonFile comparison = load(table.resolveSibling("comparison.json"), ComparisonFile.class);
        if (comparison != null && comparison.ensemble() != null && comparison.ensemble().parameters() != null) {
            return comparison.ensemble().parameters();
        }
        Object ensemble = load(table.resolveSibling("ensemble.yaml"), Object.class);
        if (ensemble instanceof Map<?, ?> m && m.get("members") instanceof List<?> members) {
            Set<String> keys = new LinkedHashSet<>();
            for (Object member : members) {
                if (member instanceof Map<?, ?> mm && mm.get("set") instanceof Map<?, ?> set) {
                    set.keySet().forEach(k -> keys.add(String.valueOf(k)));
                }
            }
            return new ArrayList<>(keys);
        }
        return List.of();
    }

    /** A JSON or YAML file beside the table, read as JSON, or null if there is none or it cannot be read. */
    private static <T> T load(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.read(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: fall back to the table's own columns
        }
    }
}
