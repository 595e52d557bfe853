package uk.cxsim.experiment.whatif;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.Interval;

/**
 * Net present value, payback and return on investment from simulated monthly flows, after a one-off investment paid
 * at month 0. Nothing is extrapolated: the months appraised are those simulated.
 */
final class Economics {
    private Economics() {
    }

    /** NPV: minus the one-off, plus each month's net discounted at the month's middle. */
    static double npv(double oneOff, double[] monthly, Appraisal appraisal) {
        double v = -oneOff;
        for (int m = 0; m < monthly.length; m++) {
            v += monthly[m] * appraisal.discountMonth(m);
        }
        return v;
    }

    /** The present value of a monthly flow, discounted as {@link #npv} discounts. */
    static double presentValue(double[] monthly, Appraisal appraisal) {
        return npv(0, monthly, appraisal);
    }

    /**
     * Return on investment as Total Economic Impact studies define it: (PV of benefits - PV of costs) / PV of costs,
     * the costs being the investment (the one-off and the running cost), the benefits every other line; null when
     * nothing is invested.
     */
    static Double roi(double oneOff, double[] monthlyNet, double[] monthlyRunningCost, Appraisal appraisal) {
        double costs = oneOff + presentValue(monthlyRunningCost, appraisal);
        if (costs <= 0) {
            return null;
        }
        double benefits = presentValue(monthlyNet, appraisal) + presentValue(monthlyRunningCost, appraisal);
        return (benefits - costs) / costs;
    }

    /** Each month's cumulative undiscounted net, the one-off included from month 0. */
    static double[] cumulative(double oneOff, double[] monthly) {
        double[] c = new double[monthly.length];
        double sum = -oneOff;
        for (int m = 0; m < monthly.length; m++) {
            sum += monthly[m];
            c[m] = sum;
        }
        return c;
    }

    /**
     * Payback: the first month (1-based) at which the cumulative net reaches zero. With a one-off to repay, that is
     * the first month the cumulative net is at or above zero; without one, the change pays at once (0) unless its
     * cumulative net goes below zero, when it is the month it comes back to zero. Null if not within the months.
     *
     * @param cumulative each month's cumulative net (see {@link #cumulative})
     */
    static Double paybackMonths(double oneOff, double[] cumulative) {
        boolean owed = oneOff > 0;
        for (int m = 0; m < cumulative.length; m++) {
            if (cumulative[m] < 0) {
                owed = true;
            } else if (owed) {
                return (double) (m + 1);
            }
        }
        return owed ? null : 0.0;
    }

    /**
     * The payback at the upper and at the lower end of each month's 95% interval of the cumulative net over the
     * replications ({@code cumulative[replication][month]}): the soonest and the latest the replications allow.
     * Either is null if not within the months at that end; both are null with one replication.
     */
    static Double[] paybackRange(double oneOff, double[][] cumulative) {
        if (cumulative.length < 2) {
            return new Double[] {null, null};
        }
        int months = cumulative[0].length;
        double[] low = new double[months];
        double[] high = new double[months];
        for (int m = 0; m < months; m++) {
            double[] v = new double[cumulative.length];
            for (int k = 0; k < cumulative.length; k++) {
                v[k] = cumulative[k][m];
            }
            Interval i = Interval.of(v);
            low[m] = i.low();
            high[m] = i.high();
        }
        return new Double[] {paybackMonths(oneOff, high), paybackMonths(oneOff, low)};
    }
}
