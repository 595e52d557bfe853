package uk.cxsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Waves on a cheap model with a known answer: two parameters in [0, 10], two figures x + y (target 10) and x - y
 * (target 2), each with tolerance 0.5 and no noise. Plausible points lie within 1.5 of both targets; members within
 * 0.5 (every check passes). The first wave covers the whole square, where such points are rare.
 */
class HistoryMatchingTest {
    private static final double TOL = 0.5;
    private static final List<HistoryMatching.Measure> MEASURES = List.of(
            new HistoryMatching.Measure("sum", 10, TOL, 0), new HistoryMatching.Measure("difference", 2, TOL, 0));
    private static final double[] LOWER = {0, 0};
    private static final double[] UPPER = {10, 10};

    private static HistoryMatching.Evaluation model(double[] v) {
        double sum = v[0] + v[1];
        double difference = v[0] - v[1];
        boolean passes = Math.abs(sum - 10) <= TOL && Math.abs(difference - 2) <= TOL;
        return new HistoryMatching.Evaluation(new double[]{sum, difference}, passes, List.of());
    }

    private static double worst(double[] v) {
        return Math.max(Math.abs(v[0] + v[1] - 10), Math.abs(v[0] - v[1] - 2)) / TOL;
    }

    private static HistoryMatching.Result match(int members, int budget, long seed) {
        return new HistoryMatching(MEASURES, LOWER, UPPER, new HistoryMatching.Settings(members, budget, 20, 1, seed))
                .run(new double[]{5, 5}, HistoryMatchingTest::model, (p, n) -> { });
    }

    @Test
    void membersLieInTheRegionThatFitsAndRuledOutPointsOutsideIt() {
        HistoryMatching.Result r = match(15, 600, 7);
        assertEquals(15, r.members().size(), "all members found within the budget");
        for (MatchedPoint m : r.members()) {
            assertTrue(worst(m.values()) <= 1 + 1e-9, "member within tolerance of both targets: "
                    + m.values()[0] + ", " + m.values()[1]);
            assertEquals(worst(m.values()), m.implausibility(), 1e-9);
        }
        for (MatchedPoint p : r.points()) {
            assertEquals(worst(p.values()) > Implausibility.CUTOFF, !p.plausible(), "verdict at point " + p.index());
            for (int k = 0; k < 2; k++) {
                assertTrue(p.values()[k] >= 0 && p.values()[k] <= 10, "inside the ranges");
            }
        }
        assertTrue(r.points().stream().anyMatch(p -> !p.plausible()), "some points are ruled out");
        assertTrue(r.waves() > 1);
    }

    @Test
    void laterWavesSampleTheRegionNotRuledOut() {
        HistoryMatching.Result r = match(15, 600, 7);
        double firstWave = share(r.points().stream().filter(p -> p.wave() == 1).toList());
        double later = share(r.points().stream().filter(p -> p.wave() > 1).toList());
        assertTrue(later > 2 * firstWave, "plausible share: wave 1 " + firstWave + ", later waves " + later);
    }

    private static double share(List<MatchedPoint> points) {
        return points.stream().filter(MatchedPoint::plausible).count() / (double) points.size();
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        HistoryMatching.Result a = match(5, 200, 3);
        HistoryMatching.Result b = match(5, 200, 3);
        assertEquals(a.evaluations(), b.evaluations());
        for (int i = 0; i < a.evaluations(); i++) {
            assertEquals(a.points().get(i).values()[0], b.points().get(i).values()[0]);
            assertEquals(a.points().get(i).values()[1], b.points().get(i).values()[1]);
        }
    }

    @Test
    void aTargetOutOfReachSpendsTheBudgetAndFindsNone() {
        List<HistoryMatching.Measure> unreachable = List.of(new HistoryMatching.Measure("sum", 50, TOL, 0),
                new HistoryMatching.Measure("difference", 2, TOL, 0));
        HistoryMatching.Result r = new HistoryMatching(unreachable, LOWER, UPPER,
                new HistoryMatching.Settings(3, 70, 20, 1, 1)).run(new double[]{5, 5}, HistoryMatchingTest::model,
                (p, n) -> { });
        assertEquals(70, r.evaluations());
        assertTrue(r.members().isEmpty());
        assertEquals(4, r.waves(), "70 evaluations in waves of 20");
    }

    @Test
    void aPointThatFailsACheckIsNoMemberEvenIfPlausible() {
        HistoryMatching hm = new HistoryMatching(MEASURES, LOWER, UPPER, new HistoryMatching.Settings(1, 1, 2, 1, 1));
        MatchedPoint p = hm.judge(1, 1, new double[]{6, 4},
                new HistoryMatching.Evaluation(new double[]{10, 2}, false, List.of()));
        assertEquals(0, p.implausibility());
        assertTrue(p.plausible());
        assertFalse(p.member());
    }

    @Test
    void anAssumedParameterIsSampledAcrossItsWholeRangeFromTheFirstWave() {
        // wave 1 of 20 points, 5% of each range either side of the start (5, 5); the second parameter sampled whole
        HistoryMatching hm = new HistoryMatching(MEASURES, LOWER, UPPER, new boolean[] {false, true},
                new HistoryMatching.Settings(20, 20, 20, 0.05, 3));
        HistoryMatching.Result r = hm.run(new double[] {5, 5}, HistoryMatchingTest::model, (p, m) -> { });
        assertEquals(20, r.points().size());
        double[] first = r.points().stream().mapToDouble(p -> p.values()[0]).toArray();
        double[] second = r.points().stream().mapToDouble(p -> p.values()[1]).toArray();
        for (double v : first) {
            assertTrue(v >= 4.5 && v <= 5.5, "a fitted parameter stays within its box: " + v);
        }
        // a Latin hypercube of 20 puts one point in each twentieth of the range: the extremes lie in the first
        // and the last twentieth
        assertTrue(java.util.Arrays.stream(second).min().orElseThrow() < 0.5, java.util.Arrays.toString(second));
        assertTrue(java.util.Arrays.stream(second).max().orElseThrow() > 9.5, java.util.Arrays.toString(second));
    }

    @Test
    void reflectionKeepsProposalsInTheRange() {
        assertEquals(1, HistoryMatching.reflect(-1, 0, 10));
        assertEquals(9, HistoryMatching.reflect(11, 0, 10));
        assertEquals(0, HistoryMatching.reflect(-50, 0, 10));
        assertEquals(4, HistoryMatching.reflect(4, 0, 10));
    }
}
