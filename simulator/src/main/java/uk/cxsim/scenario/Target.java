package uk.cxsim.scenario;

import java.util.List;

/** Something the simulated figures should show: a value within a band, or an order. */
public sealed interface Target permits Target.Value, Target.Order {
    String name();

    String source();

    double weight();

    TargetRole role();

    /**
     * The range a figure should fall in, from the evidence's own uncertainty.
     *
     * @param label how the band was written in the targets file ("+/- 0.02", "+/- 10%", "0.12 to 0.20")
     */
    record Band(double low, double high, String label) {
        public double halfWidth() {
            return (high - low) / 2;
        }

        public boolean contains(double x) {
            return x >= low && x <= high;
        }
    }

    /**
     * A figure close to an expected value: the observation, and the band it is expected in.
     *
     * @param whatIf      for a natural experiment: the scenario of the intervention, whose relative change of the
     *                    figure against the validated scenario (same seeds) is what is compared; null otherwise
     * @param discrepancy standard deviation of the model's structural error for this figure, used by a held-out
     *                    check's implausibility
     */
    record Value(String name, String metric, double expected, Band band, double weight, String source,
                 TargetRole role, String whatIf, double discrepancy) implements Target {
        /** Half the band's width: the tolerance a calibration measures misses in. */
        public double absoluteTolerance() {
            return band.halfWidth();
        }

        /** A calibration target with a symmetric band: the common case. */
        public static Value calibration(String name, String metric, double expected, double tolerance,
                                        String source) {
            return new Value(name, metric, expected, new Band(expected - tolerance, expected + tolerance,
                    "+/- " + tolerance), 1, source, TargetRole.CALIBRATION, null, 0);
        }
    }

    /**
     * Figures in decreasing order; with {@code aboveRest}, the last of them also above every other figure matching
     * that pattern ({@code *} stands for any text).
     */
    record Order(String name, List<String> metrics, String aboveRest, double weight, String source, TargetRole role)
            implements Target {
    }
}
