package uk.cxsim.experiment.discovery;

import java.util.Arrays;

/** A box's edges: row i is inside when {@code low[j] <= x[j][i] <= high[j]} for every input j. Immutable. */
record PrimLimits(double[] low, double[] high) {
    PrimLimits {
        low = low.clone();
        high = high.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    double low(int j) {
        return low[j];
    }

    double high(int j) {
        return high[j];
    }

    PrimLimits withLow(int j, double v) {
        double[] l = low.clone();
        l[j] = v;
        return new PrimLimits(l, high);
    }

    PrimLimits withHigh(int j, double v) {
        double[] h = high.clone();
        h[j] = v;
        return new PrimLimits(low, h);
    }

    boolean contains(double[][] columns, int row) {
        for (int j = 0; j < low.length; j++) {
            double v = columns[j][row];
            if (v < low[j] || v > high[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether input j is inside the box for every value but the edges of {@code whole} allow. */
    boolean restricts(int j, PrimLimits whole) {
        return low[j] > whole.low[j] || high[j] < whole.high[j];
    }

    int restrictedCount(PrimLimits whole) {
        int n = 0;
        for (int j = 0; j < low.length; j++) {
            n += restricts(j, whole) ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrimLimits p && Arrays.equals(low, p.low) && Arrays.equals(high, p.high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "PrimLimits" + Arrays.toString(low) + Arrays.toString(high);
    }
}
