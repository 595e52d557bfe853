package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.ScenarioParams;

class ScenarioValidationTest {
    @TempDir
    Path dir;

    @Test
    void unknownKeyNamesFileLinePathAndWhatIsAllowed() throws IOException {
        Path f = write("bad.yaml", """
                extends: %s
                people:
                  toleranceMaen: 5
                """.formatted(TestScenarios.SMALL.toAbsolutePath()));
        String msg = error(f);
        assertTrue(msg.startsWith(f + ":3: people.toleranceMaen: unknown key"), msg);
        assertTrue(msg.contains("did you mean 'toleranceMean'"), msg);
        assertTrue(msg.contains("allowed here:") && msg.contains("patienceMinutes"), msg);
    }

    @Test
    void wrongTypeIsRejected() throws IOException {
        Path f = write("bad.yaml", "extends: " + TestScenarios.SMALL.toAbsolutePath() + "\ncustomers: lots\n");
        assertEquals(f + ":2: customers: must be a number, found 'lots'", error(f));
    }

    @Test
    void outOfRangeValueNamesTheAllowedRange() throws IOException {
        Path f = write("bad.yaml", """
                extends: %s
                sectors:
                  Banking:
                    suppliers:
                      Old Bank:
                        ivr: {trapShare: 1.4}
                """.formatted(TestScenarios.SMALL.toAbsolutePath()));
        assertEquals(f + ":6: sectors.Banking.suppliers.Old Bank.ivr.trapShare: 1.4 is out of range; allowed 0 to 1",
                error(f));
    }

    @Test
    void negativeStaffingIsRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.small(
                "sectors.Energy.suppliers.Power One.channels.phone.agentsPer10k=-2"));
        assertTrue(e.getMessage().contains("agentsPer10k: -2 is out of range; allowed 0 to 10000"), e.getMessage());
        assertTrue(e.getMessage().startsWith("--set sectors.Energy.suppliers.Power One.channels.phone.agentsPer10k"),
                e.getMessage());
    }

    @Test
    void keysThatDoNotApplyToAChannelKindAreUnknown() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TestScenarios.small("supplierDefaults.channels.web.handleMinutes=5"));
        assertTrue(e.getMessage().contains("channels.web.handleMinutes: unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("selfServiceSuccess"), e.getMessage());
    }

    @Test
    void sharesMustAddUp() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TestScenarios.small("sectors.Banking.suppliers.Old Bank.marketShare=0.7"));
        assertTrue(e.getMessage().contains("market shares in Banking must add up to 1, they add up to 1.1"),
                e.getMessage());
    }

    @Test
    void missingFileAndMissingParentAreNamed() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.load(dir.resolve("nope.yaml"), List.of()));
        assertTrue(e.getMessage().contains("scenario file not found") && e.getMessage().contains("nope.yaml"));
        Path f = write("child.yaml", "extends: parent.yaml\n");
        ScenarioException e2 = assertThrows(ScenarioException.class, () -> Scenarios.load(f, List.of()));
        assertTrue(e2.getMessage().startsWith(f + ":1: extends: scenario file not found"), e2.getMessage());
    }

    @Test
    void brokenYamlReportsTheLine() throws IOException {
        Path f = write("broken.yaml", "name: x\npeople: [unclosed\n");
        assertTrue(error(f).startsWith(f + ":"), error(f));
        assertTrue(error(f).contains("not valid YAML"), error(f));
    }

    @Test
    void aScenarioExtendsAnotherAndOverridesOnlyWhatItSays() throws IOException {
        Path f = write("variant.yaml", """
                extends: %s
                name: variant
                sectors:
                  Banking:
                    suppliers:
                      Old Bank: {crm: {context: 0.9}}
                """.formatted(TestScenarios.SMALL.toAbsolutePath()));
        ScenarioParams p = Scenarios.load(f, List.of()).params();
        ScenarioParams base = TestScenarios.small();
        assertEquals("variant", p.name());
        assertEquals(0.9, p.sectors().get(0).suppliers().get(0).crm().context());
        assertEquals(base.sectors().get(0).suppliers().get(0).marketShare(),
                p.sectors().get(0).suppliers().get(0).marketShare());
        assertEquals(base.sectors().get(1).suppliers().size(), p.sectors().get(1).suppliers().size());
        assertEquals(base.customers(), p.customers());
    }

    /** A title says what its own file does: a what-if never takes its base's, and says its own in words. */
    @Test
    void aTitleIsNotInheritedThroughExtends() throws IOException {
        Path base = write("titled-base.yaml", "extends: %s\nname: titled-base\ntitle: \"the small market\"\n"
                .formatted(TestScenarios.SMALL.toAbsolutePath()));
        Path untitled = write("untitled.yaml", "extends: %s\nname: untitled\n".formatted(base));
        Path titled = write("titled.yaml", "extends: %s\nname: titled\ntitle: \"every bank sees the history\"\n"
                .formatted(base));
        assertEquals("the small market", Scenarios.load(base, List.of()).params().title());
        assertEquals("", Scenarios.load(untitled, List.of()).params().title());
        assertEquals("every bank sees the history", Scenarios.load(titled, List.of()).params().title());
    }

    @Test
    void setOverridesAndLeversApplyEverywhere() {
        ScenarioParams p = TestScenarios.small("levers.allSuppliers.ivr.escapeHatch=true",
                "levers.staffingMultiplier=0.5", "people.toleranceMean=9");
        assertEquals(9, p.people().toleranceMean());
        p.sectors().forEach(s -> s.suppliers().forEach(sp -> assertTrue(sp.ivr().escapeHatch())));
        p.sectors().forEach(s -> s.suppliers().forEach(sp -> {
            for (var c : sp.channels()) {
                if (c.staffing() != null) {
                    assertEquals(0.5, c.staffing().multiplier(), 1e-12, "agents on duty after planning, halved");
                }
            }
        }));
    }

    @Test
    void aStaffingProfileNeedsProfileStaffing() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.small(
                "levers.allSuppliers.channels.phone.staffingProfile=[0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0]"));
        assertTrue(e.getMessage().contains("staffingProfile: applies only with staffing.mode: profile"),
                e.getMessage());
        ScenarioException mode = assertThrows(ScenarioException.class, () -> TestScenarios.small(
                "levers.allSuppliers.channels.phone.staffing.mode=rota"));
        assertTrue(mode.getMessage().contains("'rota' is not allowed; allowed flat, profile, erlang"),
                mode.getMessage());
    }

    @Test
    void everyKeyIsCatalogued() {
        KeyCatalog c = Scenarios.catalog();
        assertTrue(c.keys().size() > 100, "only " + c.keys().size() + " keys");
        assertTrue(c.toMarkdown().contains("`sectors.<sector>.suppliers.<supplier>.ivr.trapShare` | number | 0 to 1"));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static String error(Path f) {
        return assertThrows(ScenarioException.class, () -> Scenarios.load(f, List.of())).getMessage();
    }
}
