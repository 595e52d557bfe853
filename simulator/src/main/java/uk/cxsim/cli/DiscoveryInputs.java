package uk.cxsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

import uk.cxsim.output.TidyTable;

/**
 * Which columns of a table scenario discovery may restrict, when the user names none. Beside a sweep.csv, the
 * sweep's batch.json names the parameters it varied: those are the inputs (the figures after them are outputs).
 * Any other table: every numeric column that takes more than one value, except the outcome and the bookkeeping
 * columns (point, replication, seed, run, world, index). Text columns are left out, with a note.
 */
record DiscoveryInputs(List<String> inputs, String source, List<String> leftOut) {
    private static final Set<String> BOOKKEEPING = Set.of("point", "replication", "seed", "run", "world", "index");

    static DiscoveryInputs defaults(TidyTable table, String outcome) {
        List<String> swept = sweptParameters(table.file().resolveSibling("batch.json"));
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
        String source = swept.isEmpty() ? "every numeric column that varies" : "the parameters batch.json says the "
                + "sweep varied";
        return new DiscoveryInputs(inputs, source, text);
    }

    /** The parameters a sweep's batch.json lists, or none if there is no such file or key. */
    private static List<String> sweptParameters(Path batch) {
        if (!Files.isRegularFile(batch)) {
            return List.of();
        }
        try {
            Object loaded = new Yaml().load(Files.readString(batch, StandardCharsets.UTF_8));
            if (loaded instanceof Map<?, ?> m && m.get("parameters") instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable manifest: fall back to the table's own columns
        }
    }
}
