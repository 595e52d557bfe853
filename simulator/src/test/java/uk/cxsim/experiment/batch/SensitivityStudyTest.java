package uk.cxsim.experiment.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.metrics.SweepRow;

class SensitivityStudyTest {
    @Test
    void unitPointsArePlacedInEachParametersRange() {
        Sensitivity.Plan plan = Sensitivity.morris(2, 3, 4, 11);
        List<ParameterRange> ranges = List.of(ParameterRange.between("a", 6, 11, 2),
                ParameterRange.between("b", -1, 1, 2));
        List<double[]> points = SensitivityStudy.points(plan, ranges);
        assertEquals(plan.points().size(), points.size());
        for (int p = 0; p < points.size(); p++) {
            double[] u = plan.points().get(p);
            assertEquals(6 + 5 * u[0], points.get(p)[0], 1e-12);
            assertEquals(-1 + 2 * u[1], points.get(p)[1], 1e-12);
        }
    }

    @Test
    void indicesAreThoseOfTheReplicationMeans() {
        Sensitivity.Plan plan = Sensitivity.morris(2, 4, 4, 3);
        int n = plan.points().size();
        Map<Long, Map<String, Double>> rows = new HashMap<>();
        double[] means = new double[n];
        for (int p = 0; p < n; p++) {
            double[] u = plan.points().get(p);
            double y = 3 * u[0] + u[1] * u[1];
            // two replications either side of the point's value
            rows.put(SweepRow.key(p, 0), Map.of("cost", y - 0.5 - p));
            rows.put(SweepRow.key(p, 1), Map.of("cost", y + 0.5 + p));
            means[p] = y;
        }
        List<SensitivityIndex> got = SensitivityStudy.indices(plan, List.of("cost"), List.of("a", "b"), rows, 2,
                50, 9);
        List<SensitivityIndex> expected = Sensitivity.analyse(plan, "cost", List.of("a", "b"), means, 50, 9);
        assertEquals(expected.size(), got.size());
        for (int k = 0; k < got.size(); k++) {
            assertEquals(expected.get(k).parameter(), got.get(k).parameter());
            assertEquals(expected.get(k).index(), got.get(k).index());
            assertEquals(expected.get(k).value(), got.get(k).value(), 1e-9);
        }
        assertEquals(3.0, got.stream().filter(i -> i.parameter().equals("a") && i.index().equals("mu*"))
                .findFirst().orElseThrow().value(), 1e-9, "a linear effect of 3 per unit");
    }
}
