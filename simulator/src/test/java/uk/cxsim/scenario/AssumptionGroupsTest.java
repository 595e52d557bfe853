package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The groups of assumptions cover every assumed parameter of the UK baseline once, and a bad grouping is refused. */
class AssumptionGroupsTest {
    private static final ParameterTable TABLE = ParameterTable.ukBaseline();

    private static AssumptionGroups read(String yaml) {
        return AssumptionGroups.read((SpecNode.Mapping) YamlSource.parse(yaml, "groups.yaml"), "groups.yaml");
    }

    @Test
    void theBuiltInGroupsHoldEveryAssumedParameterWithOneKeyExactlyOnce() {
        AssumptionGroups groups = AssumptionGroups.builtIn();
        assertEquals(List.of(), groups.problems(TABLE));
        long assumed = TABLE.rows().stream().filter(r -> r.status().kind() == ParameterStatus.Kind.ASSUMED
                && !r.key().contains("*") && r.status().high() > r.status().low()).count();
        long grouped = groups.resolve(TABLE).stream().mapToLong(g -> g.parameters().size()).sum();
        long skipped = TABLE.rows().stream().filter(r -> r.key().startsWith("people.ageBands.")
                && r.key().endsWith(".share")).count();
        assertEquals(assumed - skipped, grouped);
    }

    @Test
    void anAssumedParameterInNoGroupIsAProblem() {
        AssumptionGroups groups = read("groups:\n  choice: [behaviour.choice.*]\n");
        List<String> problems = groups.problems(TABLE);
        assertTrue(problems.stream().anyMatch(p -> p.contains("people.patienceCv is in no group")),
                problems.toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> groups.resolve(TABLE));
        assertTrue(e.getMessage().startsWith("groups.yaml: ") && e.getMessage().contains("more problems"),
                e.getMessage());
    }

    @Test
    void aParameterInTwoGroupsAndAPatternMatchingNothingAreProblems() {
        AssumptionGroups groups = read("""
                groups:
                  one: [behaviour.choice.*]
                  two: [behaviour.choice.priceWeight, behaviour.nothing.*]
                """);
        List<String> problems = groups.problems(TABLE);
        assertTrue(problems.stream().anyMatch(p -> p.contains("behaviour.choice.priceWeight is in more than one "
                + "group: one, two")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("two: behaviour.nothing.* matches no assumed")),
                problems.toString());
    }

    @Test
    void aFileWithoutGroupsOrWithAnUnknownKeyIsRefusedInOneLine() {
        ScenarioException none = assertThrows(ScenarioException.class, () -> read("description: x\n"));
        assertTrue(none.getMessage().contains("groups"), none.getMessage());
        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> read("groups:\n  a: [network.rewire]\ngrups: {}\n"));
        assertTrue(unknown.getMessage().contains("grups"), unknown.getMessage());
        ScenarioException notList = assertThrows(ScenarioException.class, () -> read("groups:\n  a: network.rewire\n"));
        assertTrue(notList.getMessage().contains("groups.a") && notList.getMessage().contains("list"),
                notList.getMessage());
    }

    @Test
    void valuesFollowTheShareOfTheRangeInTheirSteps() {
        AssumptionGroups.Assumed any = new AssumptionGroups.Assumed("a", 2, 4, 0);
        assertEquals(2.5, any.at(0.25), 1e-12);
        AssumptionGroups.Assumed whole = new AssumptionGroups.Assumed("b", 1, 4, 1);
        assertEquals(2, whole.at(1 / 3.0), 1e-12);
        AssumptionGroups.Assumed even = new AssumptionGroups.Assumed("c", 4, 20, 2);
        assertEquals(10, even.at(5.5 / 16), 1e-12);
        assertEquals(20, even.at(1), 1e-12);
        assertEquals(0, even.at(0.6) % 2, 1e-12);
    }
}
