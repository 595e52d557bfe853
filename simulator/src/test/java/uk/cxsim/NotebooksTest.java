package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed notebooks are clean: no outputs or execution counts (they are produced by running them), the
 * project's Java kernel, and the simulator jar loaded first. Executing them is {@code notebooks/run-all}'s job.
 */
class NotebooksTest {
    @ParameterizedTest
    @ValueSource(strings = {"01-explore-a-run", "02-tune-behaviour", "03-what-if-workshop"})
    @SuppressWarnings("unchecked")
    void notebookIsCommittedClean(String name) throws IOException {
        Path file = Path.of("../notebooks", name + ".ipynb");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        Map<String, Object> notebook = new Yaml().load(Files.readString(file));
        Map<String, Object> kernel = (Map<String, Object>) ((Map<String, Object>) notebook.get("metadata"))
                .get("kernelspec");
        assertEquals("cxsim-java", kernel.get("name"), "kernel of " + name);

        List<Map<String, Object>> cells = (List<Map<String, Object>>) notebook.get("cells");
        List<Map<String, Object>> code = cells.stream().filter(c -> "code".equals(c.get("cell_type"))).toList();
        assertTrue(code.size() >= 3, name + " has code to run");
        assertEquals("%jar ../simulator/target/cxsim.jar", source(code.get(0)).strip(),
                name + " must load the simulator jar in its first code cell");
        for (Map<String, Object> cell : code) {
            assertEquals(List.of(), cell.get("outputs"), name + " is committed with outputs: " + source(cell));
            assertNull(cell.get("execution_count"), name + " is committed with execution counts");
        }
    }

    private static String source(Map<String, Object> cell) {
        Object s = cell.get("source");
        return s instanceof List<?> lines ? String.join("", lines.stream().map(String::valueOf).toList())
                : String.valueOf(s);
    }
}
