package uk.cxsim.metrics;

import java.io.Serializable;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** A mean with its 95% Student-t confidence interval. */
public record Interval(double mean, double sd, double halfWidth, long n) implements Serializable {
    public static final double LEVEL = 0.95;

    public static Interval of(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        long n = s.getN();
        if (n < 2) {
            return new Interval(s.getMean(), Double.NaN, Double.NaN, n);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        return new Interval(s.getMean(), s.getStandardDeviation(), t * s.getStandardDeviation() / Math.sqrt(n), n);
    }

    public double low() {
        return mean - halfWidth;
    }

    public double high() {
        return mean + halfWidth;
    }

    public boolean covers(double value) {
        return value >= low() && value <= high();
    }

    /** Half-width of the Student-t interval at another confidence level, from the same sample. */
    public double halfWidth(double level) {
        if (n < 2) {
            return Double.NaN;
        }
        return new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2) * sd / Math.sqrt(n);
    }
}
