package uk.cxsim.experiment.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.metrics.SweepRow;

/**
 * A sensitivity analysis run as a batch: the plan's unit-cube points placed in the parameters' ranges, and, once
 * every run is in, the indices of each output from the runs' figures (replications of a point averaged).
 */
public final class SensitivityStudy {
    private SensitivityStudy() {
    }

    /** The plan's points as parameter values: min + u (max - min) for each coordinate u. */
    public static List<double[]> points(Sensitivity.Plan plan, List<ParameterRange> ranges) {
        int k = ranges.size();
        List<double[]> points = new ArrayList<>();
        for (double[] u : plan.points()) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                ParameterRange r = ranges.get(i);
                v[i] = r.min() + u[i] * (r.max() - r.min());
            }
            points.add(v);
        }
        return points;
    }

    /**
     * @param rows every run's figures by {@link Sweep#key(int, int)}: each point needs all its replications
     */
    public static List<SensitivityIndex> indices(Sensitivity.Plan plan, List<String> outputs, List<String> labels,
                                                  Map<Long, Map<String, Double>> rows, int replications,
                                                  int bootstrap, long seed) {
        int n = plan.points().size();
        List<SensitivityIndex> indices = new ArrayList<>();
        for (String f : outputs) {
            double[] y = new double[n];
            for (int p = 0; p < n; p++) {
                double sum = 0;
                for (int r = 0; r < replications; r++) {
                    sum += rows.get(SweepRow.key(p, r)).get(f);
                }
                y[p] = sum / replications;
            }
            indices.addAll(Sensitivity.analyse(plan, f, labels, y, bootstrap, seed));
        }
        return indices;
    }
}
