package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;

/** The seeded cases of the property tests: named by their seeds, replayed from a seed alone, edges first. */
class SeededCasesTest {
    private static final Pattern NAME = Pattern.compile("case (\\d+) \\(seed (-?\\d+)\\)");

    @Test
    void eachCaseIsNamedWithItsSeedAndReplaysFromItAlone() {
        List<Named<Long>> cases = SeededCases.random(42, 20, SplittableRandom::nextLong).toList();
        assertEquals(20, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Matcher m = NAME.matcher(cases.get(i).getName());
            assertTrue(m.matches(), cases.get(i).getName());
            assertEquals(i, Integer.parseInt(m.group(1)));
            long seed = Long.parseLong(m.group(2));
            List<Named<Long>> replay = SeededCases.random(seed, 20 - i, SplittableRandom::nextLong).toList();
            assertEquals(cases.get(i).getPayload(), replay.get(0).getPayload());
            assertEquals("case 0 (seed " + seed + ")", replay.get(0).getName());
            for (int k = i; k < cases.size(); k++) {
                assertEquals(cases.get(k).getPayload(), replay.get(k - i).getPayload());
            }
        }
        assertEquals("case 0 (seed 42)", cases.get(0).getName());
        assertEquals(20, cases.stream().map(Named::getPayload).distinct().count());
    }

    @Test
    void theSameRootSeedDrawsTheSameCasesAndAnotherDrawsOthers() {
        List<Long> a = SeededCases.random(7, 10, SplittableRandom::nextLong).map(Named::getPayload).toList();
        assertEquals(a, SeededCases.random(7, 10, SplittableRandom::nextLong).map(Named::getPayload).toList());
        assertNotEquals(a, SeededCases.random(8, 10, SplittableRandom::nextLong).map(Named::getPayload).toList());
    }

    @Test
    void edgesComeFirstAndNumbered() {
        List<Named<String>> cases = SeededCases.cases(List.of(Named.of("empty", ""), Named.of("one", "x")), 3,
                r -> "random").toList();
        assertEquals(List.of("edge 0: empty", "edge 1: one"), cases.subList(0, 2).stream().map(Named::getName)
                .toList());
        assertEquals(List.of("", "x", "random", "random", "random"), cases.stream().map(Named::getPayload).toList());
        assertTrue(NAME.matcher(cases.get(2).getName()).matches(), cases.get(2).getName());
    }

    @Test
    void theRootSeedIsTheDefaultUnlessTheSystemPropertySetsIt() {
        String set = System.getProperty(SeededCases.SEED_PROPERTY);
        assertEquals(set == null || set.isBlank() ? SeededCases.DEFAULT_SEED : Long.parseLong(set.trim()),
                SeededCases.rootSeed());
    }

    @Test
    void generatorsStayWithinTheirBounds() {
        SplittableRandom r = new SplittableRandom(1);
        BigInteger bound = BigInteger.TEN.pow(40);
        for (int k = 0; k < 1000; k++) {
            String s = SeededCases.anyString(r, 2, 5);
            assertTrue(s.length() >= 2 && s.length() <= 5, s);
            String abc = SeededCases.string(r, "ab", 0, 3);
            assertTrue(abc.matches("[ab]{0,3}"), abc);
            assertTrue(Double.isFinite(SeededCases.anyDouble(r)));
            assertTrue(SeededCases.bigInteger(r, bound).abs().compareTo(bound) <= 0);
            int n = SeededCases.list(r, 1, 4, g -> 0).size();
            assertTrue(n >= 1 && n <= 4, "size " + n);
        }
    }

    @Test
    void namesShowControlCharactersEscapedAndLongTextCut() {
        assertEquals("\"a\\nb\\u0000\\ud800\\\"\"", SeededCases.show("a\nb\u0000\uD800\""));
        assertEquals("\"" + "x".repeat(40) + "...(41 chars)\"", SeededCases.show("x".repeat(41)));
    }
}
