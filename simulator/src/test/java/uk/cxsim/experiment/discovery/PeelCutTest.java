package uk.cxsim.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeelCutTest {
    @Test
    void cutsHalfwayBetweenDistinctValuesNearTheQuantile() {
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        assertEquals(1.5, PeelCut.fromBelow(v, 0.05)); // leaves out 1 of 20
        assertEquals(19.5, PeelCut.fromAbove(v, 0.05));
    }

    @Test
    void neverSplitsTiedValues() {
        double[] levels = {1, 1, 1, 2, 2, 2, 3, 3, 3};
        assertEquals(1.5, PeelCut.fromBelow(levels, 0.05));
        assertEquals(2.5, PeelCut.fromAbove(levels, 0.05));
        double[] mostlyTop = {1, 2, 2, 2, 2, 2, 2, 2, 2};
        assertEquals(1.5, PeelCut.fromBelow(mostlyTop, 0.4)); // the quantile falls in the tie: cut just below it
        assertEquals(1.5, PeelCut.fromAbove(mostlyTop, 0.05)); // only the lone low value can go
    }

    @Test
    void allValuesEqualLeavesNothingToCut() {
        double[] same = {4, 4, 4};
        assertEquals(4, PeelCut.fromBelow(same, 0.05));
        assertEquals(4, PeelCut.fromAbove(same, 0.05));
    }
}
