package uk.cxsim.experiment.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/** Where to run a sweep: a full grid, a Latin hypercube, or a Sobol sequence over the parameter ranges. */
public enum Design {
    /** Every combination of every range's levels. */
    GRID,
    /** {@code samples} points; each range is cut into {@code samples} strata and each stratum is used once. */
    LHS,
    /** The first {@code samples} points of a Sobol low-discrepancy sequence. */
    SOBOL;

    /**
     * @param seed seeds the Latin hypercube's shuffles (the other designs are deterministic)
     * @return one array of values per point, in the ranges' order
     */
    public List<double[]> points(List<ParameterRange> ranges, int samples, long seed) {
        int d = ranges.size();
        List<double[]> out = new ArrayList<>();
        switch (this) {
            case GRID -> {
                int[] index = new int[d];
                double[][] levels = new double[d][];
                long total = 1;
                for (int k = 0; k < d; k++) {
                    levels[k] = ranges.get(k).levels();
                    total *= levels[k].length;
                }
                for (long n = 0; n < total; n++) {
                    double[] p = new double[d];
                    for (int k = 0; k < d; k++) {
                        p[k] = levels[k][index[k]];
                    }
                    out.add(p);
                    for (int k = d - 1; k >= 0; k--) {
                        if (++index[k] < levels[k].length) {
                            break;
                        }
                        index[k] = 0;
                    }
                }
            }
            case LHS -> {
                Random rng = new Random(seed);
                int[][] perm = new int[d][samples];
                for (int k = 0; k < d; k++) {
                    for (int i = 0; i < samples; i++) {
                        perm[k][i] = i;
                    }
                    for (int i = samples - 1; i > 0; i--) {
                        int j = rng.nextInt(i + 1);
                        int t = perm[k][i];
                        perm[k][i] = perm[k][j];
                        perm[k][j] = t;
                    }
                }
                for (int i = 0; i < samples; i++) {
                    double[] p = new double[d];
                    for (int k = 0; k < d; k++) {
                        p[k] = ranges.get(k).at((perm[k][i] + rng.nextDouble()) / samples);
                    }
                    out.add(p);
                }
            }
            case SOBOL -> {
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(Math.max(1, d));
                for (int i = 0; i < samples; i++) {
                    double[] u = sobol.nextVector();
                    double[] p = new double[d];
                    for (int k = 0; k < d; k++) {
                        p[k] = ranges.get(k).at(u[k]);
                    }
                    out.add(p);
                }
            }
        }
        return out;
    }
}
