package uk.cxsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A comparison names its scenarios in words: a title with a capital in a label, else the scenario's name. */
class ComparisonLabelsTest {
    private final ComparisonFile cmp = new ComparisonFile("base", "base", 2, 1000, 1_000_000, 1000, 365, 1, "", null,
            Map.of("titled", "every bank sees the history"), Map.of(), Map.of(), Map.of(), null, null, null);

    @Test
    void aTitledScenarioIsLabelledByItsTitleWithACapital() {
        assertEquals("Every bank sees the history", cmp.label("titled"));
        assertEquals("every bank sees the history", cmp.inWords("titled"));
    }

    @Test
    void anUntitledScenarioIsLabelledByItsName() {
        assertEquals("untitled", cmp.label("untitled"));
        assertEquals("untitled", cmp.inWords("untitled"));
    }
}
