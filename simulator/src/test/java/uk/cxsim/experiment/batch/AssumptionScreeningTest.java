package uk.cxsim.experiment.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.scenario.AssumptionGroups;

/**
 * The screening finds the groups a known function of the assumptions depends on, keeps them for the Sobol stage,
 * and measures the seeds' noise apart.
 */
class AssumptionScreeningTest {
    private static final List<AssumptionGroups.Group> GROUPS = List.of(
            group("strong", "s", 0, 1), group("weak", "w", 0, 1), group("idle", "i", 0, 1),
            group("also idle", "j", 0, 1));

    private static AssumptionGroups.Group group(String name, String key, double low, double high) {
        return new AssumptionGroups.Group(name, List.of(new AssumptionGroups.Assumed(key, low, high, 0)));
    }

    /** Lever one: 10 s + 2 w; lever two: 3 w; plus a seed's noise of standard deviation 1 (only off the base seed). */
    private static final AssumptionScreening.WorldRunner RUNNER = (worlds, seeds) -> {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < worlds.size(); k++) {
            Map<String, Double> v = worlds.get(k);
            double s = v.getOrDefault("s", 0.5);
            double w = v.getOrDefault("w", 0.5);
            double noise = new SplittableRandom(seeds.get(k)).nextGaussian(); // well mixed, unlike Random's
            out.add(new double[] {10 * s + 2 * w + noise, 3 * w + noise});
        }
        return out;
    };

    @Test
    void theGroupsEachLeverDependsOnComeFirstAndIdleOnesScoreNothing() {
        AssumptionScreening.Settings s = new AssumptionScreening.Settings(6, 4, 2, 64, 40, 200, 11);
        ScreeningResult r = AssumptionScreening.run(GROUPS, List.of("one", "two"), s, RUNNER);
        assertEquals(List.of("strong", "weak"), r.kept());
        assertEquals(List.of("strong", "weak"), r.ranking("one").subList(0, 2));
        assertEquals("weak", r.ranking("two").get(0));
        // the function is additive: strong carries 100/104 of lever one's variance, alone and with interactions;
        // each estimate's bootstrap 95% interval holds the true value
        within(100.0 / 104, index(r.sobol(), "one", "strong", "ST"));
        within(100.0 / 104, index(r.sobol(), "one", "strong", "S1"));
        within(4.0 / 104, index(r.sobol(), "one", "weak", "ST"));
        assertEquals(0, value(r.sobol(), "two", "strong", "ST"), 1e-12);
        // Morris: mu* is the change over the whole range, exactly, since each world runs on one seed
        assertEquals(10, value(r.morris(), "one", "strong", "mu*"), 1e-9);
        assertEquals(0, value(r.morris(), "one", "idle", "mu*"), 1e-12);
        // the seeds' noise: the standard deviation of 40 draws of a unit normal lies within 0.72 and 1.30 with 99%
        // probability (chi-square with 39 degrees of freedom)
        for (ScreeningResult.SeedNoise n : r.noise()) {
            assertTrue(n.sd() > 0.72 && n.sd() < 1.30, n.toString());
        }
        assertEquals(s.worlds(GROUPS.size()), r.worlds().size());
    }

    @Test
    void theWorldsRunAreThoseTheSettingsCount() {
        AssumptionScreening.Settings s = new AssumptionScreening.Settings(3, 4, 10, 4, 2, 50, 1);
        int[] asked = {0};
        AssumptionScreening.WorldRunner counting = (worlds, seeds) -> {
            asked[0] += worlds.size();
            return RUNNER.run(worlds, seeds);
        };
        ScreeningResult r = AssumptionScreening.run(GROUPS, List.of("one", "two"), s, counting);
        assertEquals(4, r.kept().size(), "at most every group is kept");
        assertEquals(3 * 5 + 4 * 6 + 2, asked[0]);
        assertEquals(s.worlds(GROUPS.size()), asked[0]);
    }

    @Test
    void theSobolStageAloneMovesTheGroupsChosen() {
        AssumptionScreening.Settings s = new AssumptionScreening.Settings(6, 4, 2, 64, 5, 200, 11,
                List.of("weak", "strong"));
        ScreeningResult r = AssumptionScreening.run(GROUPS, List.of("one", "two"), s, RUNNER);
        assertEquals(List.of("weak", "strong"), r.kept());
        assertTrue(r.morris().isEmpty(), "no Morris stage");
        assertEquals(64 * 4 + 5, r.worlds().size());
        assertEquals(s.worlds(GROUPS.size()), r.worlds().size());
        within(100.0 / 104, index(r.sobol(), "one", "strong", "ST"));
        assertEquals(List.of("strong", "weak"), r.ranking("one").subList(0, 2));
    }

    private static double value(List<SensitivityIndex> all, String lever, String group, String index) {
        return index(all, lever, group, index).value();
    }

    private static SensitivityIndex index(List<SensitivityIndex> all, String lever, String group, String index) {
        return all.stream().filter(i -> i.output().equals(lever) && i.parameter().equals(group)
                && i.index().equals(index)).findFirst().orElseThrow();
    }

    private static void within(double truth, SensitivityIndex i) {
        assertTrue(i.low() <= truth && truth <= i.high(), truth + " outside " + i);
    }
}
