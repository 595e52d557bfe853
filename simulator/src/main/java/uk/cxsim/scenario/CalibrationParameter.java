package uk.cxsim.scenario;

/**
 * A scenario key the calibration may move within [min, max]. With {@code scale}, the key is a pattern
 * ({@code *} for any name) and one multiplier in [min, max] is applied to every matching value.
 */
public record CalibrationParameter(String key, double min, double max, boolean scale) {
    public CalibrationParameter {
        if (!(max > min)) {
            throw new IllegalArgumentException(key + ": max must be above min");
        }
    }

    public String label() {
        return scale ? key + " (x)" : key;
    }
}
