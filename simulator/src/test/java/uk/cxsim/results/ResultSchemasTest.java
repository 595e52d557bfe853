package uk.cxsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import org.junit.jupiter.api.Test;

import uk.cxsim.output.Json;

/**
 * The JSON Schema of every result file, generated from its record into {@code docs/schemas/NAME.schema.json}: the
 * test generates them afresh and fails if a committed schema differs (or is missing, or is one no record makes), so
 * the schemas cannot go stale when a record changes.
 *
 * <p>When a record changes on purpose, rewrite the schemas and commit them with the change:
 * <pre>
 * mvn -B -o -pl simulator test -Dtest=ResultSchemasTest -Dcxsim.schemas.update=true
 * </pre>
 * With {@code cxsim.schemas.update=true} the test writes every schema, removes any no record makes, and then fails
 * naming what it changed, so an update is never silent.
 *
 * <p>What a schema says: a record's keys in the order the file lists them; a key is required unless the file leaves
 * it out when it has no value ({@code @JsonInclude(NON_NULL)}); a floating-point figure may be null (one that was not
 * finite), and so may a value the file writes as null when it has none ({@code @JsonInclude(ALWAYS)}); keys named by
 * the scenario (a variant, a sector, a figure) are maps; no other key is allowed.
 */
class ResultSchemasTest {
    /** Set to {@code true} to write the schemas instead of comparing with them. */
    static final String UPDATE_PROPERTY = "cxsim.schemas.update";

    private static final Path SCHEMAS = Path.of("../docs/schemas");

    /** Each result file's schema name and record. */
    private static final Map<String, Class<? extends Record>> FILES = new LinkedHashMap<>();

    static {
        FILES.put("run", RunFile.class);
        FILES.put("summary", SummaryFile.class);
        FILES.put("comparison", ComparisonFile.class);
        FILES.put("validation", ValidationFile.class);
        FILES.put("queue-validation", QueueValidationFile.class);
        FILES.put("market-validation", MarketValidationFile.class);
        FILES.put("batch", BatchFile.class);
        FILES.put("boxes", BoxesFile.class);
        FILES.put("studio-job", StudioJob.class);
    }

    @Test
    void theCommittedSchemasAreTheRecordsSchemas() throws IOException {
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        SchemaGenerator generator = generator();
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Record>> e : FILES.entrySet()) {
            Path file = SCHEMAS.resolve(e.getKey() + ".schema.json");
            ObjectNode schema = generator.generateSchema(e.getValue());
            String text = Json.write(schema);
            String committed = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (!text.equals(committed)) {
                differ.add(file.getFileName().toString() + (committed == null ? " (new)" : ""));
                if (update) {
                    Files.createDirectories(SCHEMAS);
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
            }
        }
        try (var listed = Files.list(SCHEMAS)) {
            for (Path p : listed.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".schema.json") && !FILES.containsKey(name.replace(".schema.json", ""))) {
                    differ.add(name + " (no record makes it)");
                    if (update) {
                        Files.delete(p);
                    }
                }
            }
        }
        if (update && !differ.isEmpty()) {
            fail("rewrote " + differ + " in " + SCHEMAS + "; review and commit them, then run again without -D"
                    + UPDATE_PROPERTY);
        }
        assertEquals(List.of(), differ, "schemas that differ from their records; rewrite them with -D"
                + UPDATE_PROPERTY + "=true (see this test's Javadoc)");
    }

    /** Draft 2020-12 schemas from the records' components, read as Jackson reads them. */
    static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forTypesInGeneral()
                .withPropertySorter(Comparator.comparingInt(ResultSchemasTest::declared))
                .withCustomDefinitionProvider((type, context) -> isFigure(type.getErasedType())
                        ? new CustomDefinition(figure(context.getGeneratorConfig().createObjectNode()),
                        CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES) : null);
        config.forFields()
                .withRequiredCheck(field -> field.getAnnotation(JsonInclude.class) == null)
                .withNullableCheck(field -> field.getAnnotation(JsonInclude.class) != null
                        && field.getAnnotation(JsonInclude.class).value() == JsonInclude.Include.ALWAYS
                        && !isFigure(field.getType().getErasedType()));
        return new SchemaGenerator(config.build());
    }

    /** A floating-point figure: a number, or null when it was not finite. */
    private static ObjectNode figure(ObjectNode node) {
        node.putArray("type").add("number").add("null");
        return node;
    }

    private static boolean isFigure(Class<?> type) {
        return type == double.class || type == Double.class;
    }

    /** Where a member is declared among its record's components (the order Jackson writes them in). */
    private static int declared(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        for (int k = 0; components != null && k < components.length; k++) {
            if (components[k].getName().equals(member.getDeclaredName())) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }
}
