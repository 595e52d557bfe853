package uk.cxsim.experiment.batch;

import java.util.Arrays;

/**
 * The values one swept quantity may take: a range [min, max] with a number of grid steps, or a list of values.
 * Designs place points in the unit interval; {@link #at(double)} maps them to values.
 */
public record ParameterRange(String label, double min, double max, int steps, double[] values) {

    public static ParameterRange between(String label, double min, double max, int steps) {
        if (!(max >= min) || steps < 1 || (steps == 1 && max != min)) {
            throw new IllegalArgumentException(label + ": needs min <= max and at least 2 steps (1 if min = max)");
        }
        return new ParameterRange(label, min, max, steps, null);
    }

    public static ParameterRange of(String label, double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException(label + ": needs at least one value");
        }
        double[] v = values.clone();
        return new ParameterRange(label, Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow(),
                v.length, v);
    }

    /** The values a grid design visits. */
    public double[] levels() {
        if (values != null) {
            return values.clone();
        }
        double[] l = new double[steps];
        for (int k = 0; k < steps; k++) {
            double v = steps == 1 ? min : min + (max - min) * k / (steps - 1);
            l[k] = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
        }
        return l;
    }

    /** The value at position u in [0, 1): continuous across a range, stratified across a list of values. */
    public double at(double u) {
        if (values != null) {
            return values[Math.min(values.length - 1, (int) Math.floor(u * values.length))];
        }
        return min + u * (max - min);
    }

    /** Whether a value lies within what this range allows. */
    public boolean allows(double v) {
        if (values != null) {
            return Arrays.stream(values).anyMatch(x -> x == v);
        }
        return v >= min && v <= max;
    }
}
