package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.cxsim.scenario.ParameterStatus.Kind;

/** The parameter table of the UK baseline is complete and true to its status file, and a bad status is refused. */
class ParameterTableTest {
    private static final Path STATUSES = Path.of("..", ParameterStatuses.BUILT_IN);

    @Test
    void everyParameterOfTheBaselineHasAStatusAndEveryStatusAParameter() {
        ParameterTable table = ParameterTable.ukBaseline();
        assertEquals(List.of(), table.problems());
        assertTrue(table.rows().size() > 100, "rows: " + table.rows().size());
        for (Kind kind : Kind.values()) {
            assertTrue(table.counts().get(kind) > 0, "no row is " + kind.word());
        }
    }

    @Test
    void everyKeyTheCalibrationMovesIsFitted() {
        ParameterStatuses statuses = ParameterStatuses.load(STATUSES);
        LoadedScenario baseline = Scenarios.loadBuiltIn(List.of());
        List<CalibrationParameter> moved = TargetFile.load(Path.of("../scenarios/targets/uk-2009.yaml"))
                .parameters();
        assertFalse(moved.isEmpty());
        for (CalibrationParameter p : moved) {
            for (String key : ScenarioKeys.matching(baseline, p.key()).keySet()) {
                assertEquals(Kind.FITTED, statuses.governing(key).status().kind(), key + " is calibrated");
            }
        }
    }

    @Test
    void aParameterWithoutAStatusIsAProblem() throws IOException {
        ParameterTable table = tableWith(Map.of("people.mortalityPerYear", ""));
        assertTrue(table.problems().stream().anyMatch(p -> p.contains("people.mortalityPerYear has no status")),
                table.problems().toString());
        assertTrue(table.rows().stream().noneMatch(r -> r.key().equals("people.mortalityPerYear")));
        ScenarioException e = assertThrows(ScenarioException.class, table::requireComplete);
        assertTrue(e.getMessage().contains("people.mortalityPerYear"), e.getMessage());
    }

    @Test
    void aStatusThatMatchesNoParameterIsAProblem() throws IOException {
        ParameterTable table = tableWith(Map.of("people.heightCm", "{status: setting, why: none}"));
        assertEquals(1, table.problems().size(), table.problems().toString());
        assertTrue(table.problems().get(0).contains("parameters.people.heightCm: matches no"),
                table.problems().get(0));
    }

    @Test
    void aValueOutsideItsOwnAssumedRangeIsAProblem() throws IOException {
        double value = Scenarios.loadBuiltIn(List.of()).params().behaviour().attrition().reentryPerYear();
        ParameterTable table = tableWith(Map.of("behaviour.attrition.reentryPerYear",
                "{status: assumed, low: " + (value + 1) + ", high: " + (value + 2) + ", why: too high}"));
        assertEquals(1, table.problems().size(), table.problems().toString());
        assertTrue(table.problems().get(0).contains("behaviour.attrition.reentryPerYear: "
                + ParameterValues.format(value) + " is outside"), table.problems().get(0));
    }

    @Test
    void anEntryForOneSectorWinsOverThePatternAndGetsItsOwnRow() throws IOException {
        ParameterTable table = tableWith(Map.of("sectors.Retail.holdShare", "{status: setting, why: retail}"));
        assertEquals(List.of(), table.problems());
        List<ParameterTable.Row> rows = table.rows().stream().filter(r -> r.key().endsWith(".holdShare")).toList();
        int sectors = Scenarios.loadBuiltIn(List.of()).params().sectors().size();
        assertEquals(List.of("sectors.*.holdShare", "sectors.Retail.holdShare"),
                rows.stream().map(ParameterTable.Row::key).toList());
        assertTrue(rows.get(0).value().endsWith((sectors - 1) + " of " + sectors + ")"), rows.get(0).value());
        assertEquals(Kind.SETTING, rows.get(1).status().kind());
    }

    @Test
    void twoEntriesMatchingAKeyEquallyAreRefused() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> tableWith(Map.of("sectors.Utilities.*", "{status: setting, why: all of it}")));
        assertTrue(e.getMessage().contains("sectors.Utilities.") && e.getMessage().contains("'sectors.Utilities.*'"),
                e.getMessage());
    }

    @Test
    void aSupplierKeyShowsItsDefaultLayerAndTheSuppliersBesideIt() {
        ParameterTable.Row trap = ParameterTable.ukBaseline().rows().stream()
                .filter(r -> r.key().equals("supplierDefaults.ivr.trapShare")).findFirst().orElseThrow();
        Map<String, Double> suppliers = ScenarioKeys.matching(Scenarios.loadBuiltIn(List.of()),
                "sectors.*.suppliers.*.ivr.trapShare");
        assertTrue(trap.value().endsWith("; suppliers " + ParameterValues.spread(suppliers.values())),
                trap.value());
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("{status: guessed, why: x}", ".status", "'guessed' is not a status; allowed measured, "
                        + "fitted, assumed, setting"),
                Arguments.of("{status: measured}", ".source", "a measured value needs its source"),
                Arguments.of("{status: fitted, source: x}", ".target", "a fitted value needs the target"),
                Arguments.of("{status: assumed, why: x}", ".low", "an assumed value needs a plausible low and high"),
                Arguments.of("{status: assumed, low: 1, why: x}", ".high", "a range needs its low and its high"),
                Arguments.of("{status: assumed, low: 5, high: 2, why: x}", ".low", "5 is above high (2)"),
                Arguments.of("{status: assumed, low: 1, high: 2}", ".why", "needs why its range is plausible"),
                Arguments.of("{status: setting}", ".why", "a setting needs why it is one"),
                Arguments.of("{status: setting, why: x, range: 3}", ".range", "unknown key"));
    }

    @ParameterizedTest
    @MethodSource("badEntries")
    void aBadEntryIsRefusedInOneLineNamingItsKey(String entry, String field, String problem) {
        String yaml = "parameters:\n  people.toleranceMean: " + entry + "\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ParameterStatuses.read((SpecNode.Mapping) YamlSource.parse(yaml, "statuses.yaml"),
                        "statuses.yaml"));
        assertTrue(e.getMessage().startsWith("statuses.yaml:2: parameters.people.toleranceMean" + field + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aStarMustStandForAWholeName() {
        String yaml = "parameters:\n  sectors.Util*.holdShare: {status: setting, why: x}\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ParameterStatuses.read((SpecNode.Mapping) YamlSource.parse(yaml, "s.yaml"), "s.yaml"));
        assertTrue(e.getMessage().contains("parameters.sectors.Util*.holdShare: not a key or key pattern"),
                e.getMessage());
    }

    /**
     * The baseline's table with its real status file changed: each key given an entry (YAML text), or, for an empty
     * text, its entry removed.
     */
    private static ParameterTable tableWith(Map<String, String> changes) throws IOException {
        SpecNode.Mapping root = (SpecNode.Mapping) YamlSource.parse(Files.readString(STATUSES), STATUSES.toString());
        Map<String, SpecNode> entries = ((SpecNode.Mapping) root.entries().get("parameters")).entries();
        Map<String, SpecNode> changed = new LinkedHashMap<>(entries);
        changes.forEach((key, text) -> {
            if (text.isEmpty()) {
                assertTrue(changed.remove(key) != null, "no entry " + key);
            } else {
                changed.put(key, YamlSource.parse(text, "test"));
            }
        });
        entries.clear();
        entries.putAll(changed);
        return ParameterTable.of(Scenarios.embeddedDefault(), Scenarios.DEFAULT_FILE,
                ParameterStatuses.read(root, STATUSES.toString()));
    }
}
