package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.metrics.Interval;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;

/**
 * The pools at a real team's size agree with Erlang C and Erlang A as the sample's callers see them: the sample
 * sends a pool only a share 1 / multiplier of its calls (fractional staffing at sample scale), the rest are
 * background calls, and a large sample is split over several pools. Each figure of the sample's callers (share who
 * wait, mean wait, share answered within 20 seconds, share who hang up) must cover the formula within its
 * batch-means interval, at a Bonferroni level over all {@value #CHECKS} checks.
 */
class PooledQueueTest {
    static final int CHECKS = 18;
    static final double LEVEL = 1 - 0.05 / CHECKS;
    static final int BATCHES = 30;
    static final double WITHIN = 20 / 60.0;

    @ParameterizedTest(name = "pool load {0} Erlangs, {1} agents, AHT {2}, patience {3}, multiplier {4}, {5} pools")
    @CsvSource({
        // load, agents per pool, aht, patience (0: never hang up), multiplier, pools, hours
        "20, 23, 7, 0, 8, 1, 40000",
        "12, 14, 5, 0, 40, 2, 60000",
        "25, 26, 7, 4, 8, 1, 40000",
        "25, 24, 7, 3, 30, 1, 60000",
        "10, 11, 6, 10, 3, 3, 20000"})
    void theSamplesCallersSeeTheErlangQueueOfThePool(double load, int agents, double aht, double patience,
                                                     double multiplier, int pools, double hours) {
        SplitMixRandom rng = new SplitMixRandom(20091101L + agents);
        double patienceMean = patience > 0 ? patience : Double.POSITIVE_INFINITY;
        PooledQueue q = new PooledQueue(pools, multiplier, aht, patienceMean, 0,
                new CallerHabits(0, 60, 0, 0), null, new SplitMixRandom(rng.nextLong()));
        int[] roster = new int[Clock.HOURS_PER_WEEK];
        Arrays.fill(roster, agents);
        q.restaff(roster, 0);
        double poolPerMinute = load / aht;
        double samplePerMinute = poolPerMinute * pools / multiplier;
        double[] rate = new double[Clock.HOURS_PER_WEEK];
        Arrays.fill(rate, samplePerMinute);
        q.follow(new DemandForecast(rate, 0), 1.0, 0);

        double end = hours * 60;
        double warmup = end * 0.05;
        double batch = (end - warmup) / BATCHES;
        double[] n = new double[BATCHES];
        double[] waited = new double[BATCHES];
        double[] waitSum = new double[BATCHES];
        double[] inTarget = new double[BATCHES];
        double[] abandoned = new double[BATCHES];
        SplitMixRandom callers = new SplitMixRandom(rng.nextLong());
        for (double t = Sampling.exponential(callers, 1 / samplePerMinute); t < end;
             t += Sampling.exponential(callers, 1 / samplePerMinute)) {
            double p = patience > 0 ? Sampling.exponential(callers, patience) : Double.POSITIVE_INFINITY;
            boolean answered = q.offer(t, p, Sampling.exponential(callers, aht), callers);
            if (t < warmup) {
                continue;
            }
            int b = Math.min(BATCHES - 1, (int) ((t - warmup) / batch));
            n[b]++;
            waitSum[b] += q.lastWait();
            waited[b] += q.lastWait() > 0 ? 1 : 0;
            inTarget[b] += answered && q.lastWait() <= WITHIN ? 1 : 0;
            abandoned[b] += answered ? 0 : 1;
        }
        double callsPerHour = poolPerMinute * 60;
        ErlangFormulas.QueueStats theory = patience > 0
                ? ErlangFormulas.erlangA(callsPerHour, aht, agents, patience)
                : ErlangFormulas.erlangC(callsPerHour, aht, agents);
        double level = patience > 0 ? ErlangFormulas.serviceLevelA(load, aht, agents, patience, WITHIN)
                : ErlangFormulas.serviceLevelC(load, aht, agents, WITHIN);
        within("share who wait", ratio(waited, n), theory.probWait());
        within("mean wait (s)", scaled(ratio(waitSum, n), 60), theory.meanWaitSeconds());
        within("answered within 20 s", ratio(inTarget, n), level);
        if (patience > 0) {
            within("share who hang up", ratio(abandoned, n), theory.abandonRate());
        }
    }

    private static double[] ratio(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            r[k] = a[k] / b[k];
        }
        return r;
    }

    private static double[] scaled(double[] v, double f) {
        double[] r = v.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] *= f;
        }
        return r;
    }

    private static void within(String what, double[] batches, double expected) {
        Interval i = Interval.of(batches);
        double half = i.halfWidth(LEVEL);
        assertTrue(Math.abs(i.mean() - expected) <= half, what + ": simulated " + i.mean() + " +/- " + half
                + " (" + LEVEL * 100 + "% CI) does not cover " + expected);
    }
}
