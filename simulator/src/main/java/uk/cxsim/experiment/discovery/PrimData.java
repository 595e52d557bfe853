package uk.cxsim.experiment.discovery;

import java.util.List;

/**
 * What PRIM searches: numeric inputs by column ({@code columns[j][i]} is input j in row i) and, for each row, whether
 * it is a case of interest (the outcome below or above the level asked about). No missing values.
 */
public record PrimData(List<String> inputs, double[][] columns, boolean[] interest) {
    public PrimData {
        inputs = List.copyOf(inputs);
        if (columns.length != inputs.size()) {
            throw new IllegalArgumentException(inputs.size() + " inputs named but " + columns.length
                    + " columns given");
        }
        for (double[] c : columns) {
            if (c.length != interest.length) {
                throw new IllegalArgumentException("every input column needs one value per row (" + interest.length
                        + ")");
            }
            for (double v : c) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("input values must be finite numbers, found " + v);
                }
            }
        }
    }

    public int rows() {
        return interest.length;
    }

    public int cases() {
        int c = 0;
        for (boolean b : interest) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The box around every row: each input's smallest and largest value. */
    PrimLimits whole() {
        double[] low = new double[columns.length];
        double[] high = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            low[j] = Double.POSITIVE_INFINITY;
            high[j] = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                low[j] = Math.min(low[j], v);
                high[j] = Math.max(high[j], v);
            }
        }
        return new PrimLimits(low, high);
    }
}
