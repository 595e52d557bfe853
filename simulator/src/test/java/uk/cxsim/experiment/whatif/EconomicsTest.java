package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.Interval;

/** NPV, payback and return on investment from monthly flows, each checked against a figure worked by hand. */
class EconomicsTest {
    private static final Appraisal TEN_PERCENT = new Appraisal(3, 0.10, 0.7, 1095);

    @Test
    void aOneOffWithAConstantMonthlyNetPaysBackInTheMonthWorkedByHand() {
        // 1,000 once, then 300 a month: -700, -400, -100, +200: repaid in month 4
        double[] monthly = {300, 300, 300, 300, 300, 300};
        assertEquals(4.0, Economics.paybackMonths(1000, Economics.cumulative(1000, monthly)));
        // exactly repaid at the end of month 2
        assertEquals(2.0, Economics.paybackMonths(600, Economics.cumulative(600, monthly)));
        // not within the months simulated
        assertNull(Economics.paybackMonths(5000, Economics.cumulative(5000, monthly)));
    }

    @Test
    void withoutAOneOffAChangePaysAtOnceUnlessItsCumulativeNetGoesBelowZero() {
        assertEquals(0.0, Economics.paybackMonths(0, Economics.cumulative(0, new double[]{10, 10})));
        // a loss in month 1, repaid in month 3
        assertEquals(3.0, Economics.paybackMonths(0, Economics.cumulative(0, new double[]{-10, 5, 5})));
        assertNull(Economics.paybackMonths(0, Economics.cumulative(0, new double[]{-10, 5})));
    }

    @Test
    void netPresentValueDiscountsEachMonthAtItsMiddle() {
        double[] monthly = {100, 200};
        double expected = -50 + 100 / Math.pow(1.1, 0.5 / 12) + 200 / Math.pow(1.1, 1.5 / 12);
        assertEquals(expected, Economics.npv(50, monthly, TEN_PERCENT), 1e-9);
    }

    @Test
    void returnOnInvestmentIsTheNetPresentValueOverThePresentValueOfTheInvestment() {
        // one-off 100, running cost 10 a month, the other lines 60 a month: the monthly net is 50
        double[] net = {50, 50, 50};
        double[] running = {10, 10, 10};
        double pvRunning = 0;
        double pvNet = 0;
        for (int m = 0; m < 3; m++) {
            pvRunning += 10 * TEN_PERCENT.discountMonth(m);
            pvNet += 50 * TEN_PERCENT.discountMonth(m);
        }
        double costs = 100 + pvRunning;
        double benefits = pvNet + pvRunning;
        assertEquals((benefits - costs) / costs, Economics.roi(100, net, running, TEN_PERCENT), 1e-12);
        assertEquals(Economics.npv(100, net, TEN_PERCENT) / costs, Economics.roi(100, net, running, TEN_PERCENT),
                1e-12);
        assertNull(Economics.roi(0, net, new double[3], TEN_PERCENT), "nothing invested, no return on it");
    }

    @Test
    void thePaybacksRangeIsThePaybackAtEachEndOfTheCumulativeNetsInterval() {
        // three replications after a one-off of 100: 30, 40 and 50 a month
        double[][] cumulative = {
            Economics.cumulative(100, new double[]{30, 30, 30, 30, 30}),
            Economics.cumulative(100, new double[]{40, 40, 40, 40, 40}),
            Economics.cumulative(100, new double[]{50, 50, 50, 50, 50})};
        Double[] range = Economics.paybackRange(100, cumulative);
        // month by month, the interval of the cumulative net; the soonest month its upper end reaches zero, the
        // latest its lower end does
        double[] high = new double[5];
        double[] low = new double[5];
        for (int m = 0; m < 5; m++) {
            Interval i = Interval.of(new double[]{cumulative[0][m], cumulative[1][m], cumulative[2][m]});
            high[m] = i.high();
            low[m] = i.low();
        }
        assertEquals(Economics.paybackMonths(100, high), range[0]);
        assertEquals(Economics.paybackMonths(100, low), range[1]);
        assertEquals(2.0, range[0], "the upper end repays 100 in month 2");
        assertNull(range[1], "the lower end of the interval is below 30 a month: not repaid in five months");
        assertArrayEquals(new Double[]{null, null}, Economics.paybackRange(100, new double[][]{cumulative[0]}),
                "one replication has no interval");
    }
}
