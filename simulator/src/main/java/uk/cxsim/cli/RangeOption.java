package uk.cxsim.cli;

import java.util.Arrays;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.batch.ParameterRange;

/**
 * Parses {@code --param key=min:max[:steps]} or {@code key=v1,v2,...}. A key with {@code *} varies one multiplier
 * over every matching key.
 */
record RangeOption(String key, ParameterRange range) {
    static RangeOption parse(String text, boolean stepsRequired) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new UserInputException("--param " + text + ": expected key=min:max:steps or key=v1,v2,...");
        }
        String key = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        try {
            if (spec.contains(":")) {
                String[] parts = spec.split(":");
                if (parts.length < 2 || parts.length > 3) {
                    throw new UserInputException("--param " + text + ": a range is min:max or min:max:steps");
                }
                double min = Double.parseDouble(parts[0]);
                double max = Double.parseDouble(parts[1]);
                if (parts.length == 2 && stepsRequired) {
                    throw new UserInputException("--param " + text + ": a grid needs min:max:steps");
                }
                int steps = parts.length == 3 ? Integer.parseInt(parts[2]) : 2;
                if (!(max > min) || steps < 2) {
                    throw new UserInputException("--param " + text + ": needs min < max and at least 2 steps");
                }
                return new RangeOption(key, ParameterRange.between(label(key), min, max, steps));
            }
            double[] values = Arrays.stream(spec.split(",")).map(String::trim).mapToDouble(Double::parseDouble)
                    .toArray();
            return new RangeOption(key, ParameterRange.of(label(key), values));
        } catch (NumberFormatException e) {
            throw new UserInputException("--param " + text + ": '" + spec + "' is not numbers");
        }
    }

    private static String label(String key) {
        return key.contains("*") ? key + " (x)" : key;
    }
}
