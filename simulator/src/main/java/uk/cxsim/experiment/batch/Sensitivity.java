package uk.cxsim.experiment.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.metrics.SensitivityIndex;

/**
 * Global sensitivity analysis over parameters scaled to the unit cube.
 * <ul>
 *   <li>Morris elementary effects: r random one-at-a-time trajectories on a p-level grid; for each parameter the
 *   mean absolute effect mu* (importance) and the standard deviation sigma (interactions, non-linearity).</li>
 *   <li>Sobol indices from Saltelli sampling: N base rows of matrices A and B from a randomly shifted Sobol
 *   sequence and k mixed matrices, N(k+2) runs; first-order indices (Saltelli 2010 estimator) and total indices
 *   (Jansen).</li>
 * </ul>
 * Confidence intervals are percentile bootstraps over trajectories (Morris) or base rows (Sobol).
 */
public final class Sensitivity {
    /**
     * Points to run, in the unit cube; for Morris, {@code moved[j]} is the parameter changed between point j-1
     * and j of a trajectory (-1 at a trajectory's start) and {@code step[j]} the signed change.
     */
    public record Plan(List<double[]> points, int[] moved, double[] step, int groups, int parameters, boolean sobol) {
    }

    private Sensitivity() {
    }

    public static Plan morris(int parameters, int trajectories, int levels, long seed) {
        if (levels < 2 || trajectories < 2) {
            throw new IllegalArgumentException("Morris needs at least 2 levels and 2 trajectories");
        }
        Random rng = new Random(seed);
        double delta = levels / (2.0 * (levels - 1));
        List<double[]> points = new ArrayList<>();
        int n = trajectories * (parameters + 1);
        int[] moved = new int[n];
        double[] step = new double[n];
        int at = 0;
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[parameters];
            for (int k = 0; k < parameters; k++) {
                x[k] = rng.nextInt(levels) / (double) (levels - 1);
            }
            points.add(x.clone());
            moved[at] = -1;
            at++;
            int[] order = shuffled(parameters, rng);
            for (int k : order) {
                double d = rng.nextBoolean() ? delta : -delta;
                if (x[k] + d > 1 + 1e-12 || x[k] + d < -1e-12) {
                    d = -d;
                }
                x[k] = Math.max(0, Math.min(1, x[k] + d));
                points.add(x.clone());
                moved[at] = k;
                step[at] = d;
                at++;
            }
        }
        return new Plan(points, moved, step, trajectories, parameters, false);
    }

    /**
     * Saltelli's design: N base rows of matrices A and B, each row's A and B the two halves of one point of a
     * 2k-dimensional Sobol sequence, each dimension shifted by its own random amount modulo 1 (a Cranley-Patterson
     * rotation). Without the shift, a short sequence gives A and B the same coordinate in some dimensions on many
     * rows (its first point after the origin is 0.5 everywhere), and a factor whose A and B agree on every row gets
     * indices of exactly 0 whatever it does; the shift keeps the points evenly spread and the estimators unbiased.
     */
    public static Plan saltelli(int parameters, int baseRows, long seed) {
        if (baseRows < 2) {
            throw new IllegalArgumentException("Sobol indices need at least 2 base rows");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * parameters);
        Random rng = new Random(seed);
        double[] shift = new double[2 * parameters];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = rng.nextDouble();
        }
        List<double[]> points = new ArrayList<>();
        for (int j = 0; j < baseRows; j++) {
            double[] ab = sobol.nextVector();
            for (int d = 0; d < ab.length; d++) {
                ab[d] = (ab[d] + shift[d]) % 1.0;
            }
            double[] a = Arrays.copyOfRange(ab, 0, parameters);
            double[] b = Arrays.copyOfRange(ab, parameters, 2 * parameters);
            points.add(a);
            points.add(b);
            for (int i = 0; i < parameters; i++) {
                double[] mix = a.clone();
                mix[i] = b[i];
                points.add(mix);
            }
        }
        return new Plan(points, null, null, baseRows, parameters, true);
    }

    /**
     * @param y one output value per plan point
     */
    public static List<SensitivityIndex> analyse(Plan plan, String output, List<String> names, double[] y,
                                                 int bootstrap, long seed) {
        return plan.sobol() ? sobolIndices(plan, output, names, y, bootstrap, seed)
                : morrisIndices(plan, output, names, y, bootstrap, seed);
    }

    private static List<SensitivityIndex> morrisIndices(Plan plan, String output, List<String> names, double[] y,
                                                        int bootstrap, long seed) {
        int k = plan.parameters();
        int r = plan.groups();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            for (int s = 1; s <= k; s++) {
                int j = base + s;
                effects[plan.moved()[j]][t] = (y[j] - y[j - 1]) / plan.step()[j];
            }
        }
        Random rng = new Random(seed);
        List<SensitivityIndex> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] e = effects[i];
            double[] muStar = new double[bootstrap];
            double[] sigma = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double[] sample = new double[r];
                for (int q = 0; q < r; q++) {
                    sample[q] = e[rng.nextInt(r)];
                }
                muStar[b] = meanAbs(sample);
                sigma[b] = Math.sqrt(StatUtils.variance(sample));
            }
            out.add(index(output, names.get(i), "mu*", meanAbs(e), muStar));
            out.add(index(output, names.get(i), "mu", StatUtils.mean(e), null));
            out.add(index(output, names.get(i), "sigma", Math.sqrt(StatUtils.variance(e)), sigma));
        }
        return out;
    }

    private static List<SensitivityIndex> sobolIndices(Plan plan, String output, List<String> names, double[] y,
                                                       int bootstrap, long seed) {
        int k = plan.parameters();
        int n = plan.groups();
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int j = 0; j < n; j++) {
            int base = j * (k + 2);
            fa[j] = y[base];
            fb[j] = y[base + 1];
            for (int i = 0; i < k; i++) {
                fab[i][j] = y[base + 2 + i];
            }
        }
        Random rng = new Random(seed);
        int[][] resamples = new int[bootstrap][n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                resamples[b][j] = rng.nextInt(n);
            }
        }
        List<SensitivityIndex> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] first = new double[bootstrap];
            double[] total = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double[] s = estimate(fa, fb, fab[i], resamples[b]);
                first[b] = s[0];
                total[b] = s[1];
            }
            double[] s = estimate(fa, fb, fab[i], null);
            out.add(index(output, names.get(i), "S1", s[0], first));
            out.add(index(output, names.get(i), "ST", s[1], total));
        }
        return out;
    }

    /** First-order (Saltelli 2010) and total (Jansen) indices over the given rows (all rows if null). */
    private static double[] estimate(double[] fa, double[] fb, double[] fab, int[] rows) {
        int n = rows == null ? fa.length : rows.length;
        double[] all = new double[2 * n];
        double first = 0;
        double total = 0;
        for (int q = 0; q < n; q++) {
            int j = rows == null ? q : rows[q];
            all[q] = fa[j];
            all[n + q] = fb[j];
            first += fb[j] * (fab[j] - fa[j]);
            total += (fa[j] - fab[j]) * (fa[j] - fab[j]);
        }
        double v = StatUtils.variance(all);
        if (!(v > 0)) {
            return new double[]{0, 0};
        }
        return new double[]{first / n / v, total / (2.0 * n) / v};
    }

    private static SensitivityIndex index(String output, String parameter, String name, double value, double[] boot) {
        if (boot == null) {
            return new SensitivityIndex(output, parameter, name, value, Double.NaN, Double.NaN);
        }
        return new SensitivityIndex(output, parameter, name, value, StatUtils.percentile(boot, 2.5),
                StatUtils.percentile(boot, 97.5));
    }

    private static double meanAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s / v.length;
    }

    private static int[] shuffled(int n, Random rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
