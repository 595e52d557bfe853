package uk.cxsim.scenario;

import java.util.List;

/** Something the simulated figures should show: a value within a tolerance, or an order. */
public sealed interface Target permits Target.Value, Target.Order {
    String name();

    String source();

    double weight();

    /**
     * A figure close to an expected value.
     *
     * @param tolerance absolute, or relative to {@code expected} when {@code relative}
     */
    record Value(String name, String metric, double expected, double tolerance, boolean relative, double weight,
                 String source) implements Target {
        public double absoluteTolerance() {
            return relative ? tolerance * Math.abs(expected) : tolerance;
        }
    }

    /**
     * Figures in decreasing order; with {@code aboveRest}, the last of them also above every other figure matching
     * that pattern ({@code *} stands for any text).
     */
    record Order(String name, List<String> metrics, String aboveRest, double weight, String source)
            implements Target {
    }
}
