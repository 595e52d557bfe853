package uk.cxsim.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiscoveryQuestionTest {
    @Test
    void casesAreStrictlyBeyondTheLevel() {
        DiscoveryQuestion below = new DiscoveryQuestion("net", true, 0);
        assertTrue(below.isCase(-0.1));
        assertFalse(below.isCase(0));
        DiscoveryQuestion above = new DiscoveryQuestion("net", false, 0);
        assertTrue(above.isCase(0.1));
        assertFalse(above.isCase(0));
    }

    @Test
    void numbersReadInThreeSignificantFigures() {
        assertEquals("1.1", DiscoveryQuestion.number(1.1000000000000001));
        assertEquals("0.701", DiscoveryQuestion.number(0.7014060686));
        assertEquals("2400", DiscoveryQuestion.number(2400));
        assertEquals("1.5e10", DiscoveryQuestion.number(1.5e10));
        assertEquals("-1.23e7", DiscoveryQuestion.number(-12_345_678));
        assertEquals("0", DiscoveryQuestion.number(0));
    }

    @Test
    void percentagesNeverRoundToAllOrNothingWhenTheyAreNot() {
        assertEquals("83%", DiscoveryQuestion.percent(0.8333));
        assertEquals("99.6%", DiscoveryQuestion.percent(0.9957));
        assertEquals("100%", DiscoveryQuestion.percent(1));
        assertEquals("0.2%", DiscoveryQuestion.percent(0.002));
    }

    @Test
    void aBoxIsToldByTheSidesItCuts() {
        boolean[] interest = new boolean[40];
        double[][] x = new double[2][40];
        for (int i = 0; i < 40; i++) {
            x[0][i] = i;
            x[1][i] = i % 7;
            interest[i] = i >= 30;
        }
        PrimBox box = new Prim(new PrimData(List.of("t", "noise"), x, interest), PrimSettings.DEFAULTS)
                .discover(1, -1).get(0).chosen().orElseThrow();
        assertEquals("net below 0 in 100% of runs where t > 29.5 (the box holds 100% of all runs with net below 0,"
                + " and 25% of all runs)", new DiscoveryQuestion("net", true, 0).describe(box));
    }
}
