package uk.cxsim.experiment;

import uk.cxsim.metrics.Interval;

/** Net present value and payback of a stream of yearly net benefits after a one-off investment. */
final class Economics {
    private Economics() {
    }

    /**
     * NPV over the horizon: minus the one-off at the start, plus each year's net benefit discounted to the start
     * (end of year). Years beyond those measured repeat the last measured year.
     */
    static double npv(double oneOff, double[] byYear, int horizonYears, double rate) {
        double v = -oneOff;
        for (int y = 0; y < horizonYears; y++) {
            v += yearly(byYear, y) / Math.pow(1 + rate, y + 1);
        }
        return v;
    }

    /**
     * Months until the undiscounted cumulative net benefit covers the one-off investment, the benefit of a year
     * accruing evenly through it; 0 without a one-off cost when the first year's benefit is positive; null if it
     * is not repaid within the horizon.
     */
    static Double paybackMonths(double oneOff, double[] byYear, int horizonYears) {
        double owed = oneOff;
        if (owed <= 0) {
            return yearly(byYear, 0) > 0 ? 0.0 : null;
        }
        for (int y = 0; y < horizonYears; y++) {
            double b = yearly(byYear, y);
            if (b > 0 && b >= owed) {
                return 12.0 * (y + owed / b);
            }
            owed -= b;
        }
        return null;
    }

    /**
     * The payback at the upper and at the lower end of each year's 95% interval of the net benefit over the
     * replications ({@code byYear[replication][year]}): the soonest and the latest it can be told apart from. Either
     * is null if it is not within the horizon at that end; both are null with one replication.
     */
    static Double[] paybackRange(double oneOff, double[][] byYear, int horizonYears) {
        int years = byYear[0].length;
        double[] low = new double[years];
        double[] high = new double[years];
        for (int y = 0; y < years; y++) {
            double[] v = new double[byYear.length];
            for (int k = 0; k < byYear.length; k++) {
                v[k] = byYear[k][y];
            }
            Interval i = Interval.of(v);
            low[y] = i.low();
            high[y] = i.high();
        }
        return new Double[] {paybackMonths(oneOff, high, horizonYears), paybackMonths(oneOff, low, horizonYears)};
    }

    private static double yearly(double[] byYear, int y) {
        return byYear[Math.min(y, byYear.length - 1)];
    }
}
