package uk.cxsim.experiment.validation;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.engine.RandomStreams;
import uk.cxsim.engine.ServiceQueue;
import uk.cxsim.metrics.Interval;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;

/**
 * Runs the model's own queue on a stationary load (Poisson arrivals, exponential handling and patience) and
 * measures it with batch means, so it can be checked against Erlang C and Erlang A.
 */
public final class QueueExperiment {
    /** Batches for the batch-means confidence intervals. */
    static final int BATCHES = 30;

    /**
     * A measured queue: each measure is the mean of the batch means with its confidence interval.
     *
     * @param arrivals callers measured (after warm-up)
     */
    public record Result(Interval probWait, Interval meanWaitSeconds, Interval abandonRate, long arrivals) {
    }

    private QueueExperiment() {
    }

    /**
     * @param patienceMinutes mean patience; 0 means callers never abandon
     * @param hours           hours simulated; the first 5% are warm-up and not measured
     */
    public static Result run(double callsPerHour, double ahtMinutes, int agents, double patienceMinutes,
                             double hours, long seed) {
        if (callsPerHour <= 0 || ahtMinutes <= 0 || agents < 1 || patienceMinutes < 0 || hours <= 0) {
            throw new IllegalArgumentException("calls, handle time, agents and hours must be positive");
        }
        SplitMixRandom arrivals = RandomStreams.stream(seed, 0, 0, RandomStreams.Stream.ARRIVALS);
        SplitMixRandom service = RandomStreams.stream(seed, 0, 0, RandomStreams.Stream.SERVICE);
        SplitMixRandom patience = RandomStreams.stream(seed, 0, 0, RandomStreams.Stream.JOURNEY);
        ServiceQueue queue = ServiceQueue.constant(agents);
        double end = hours * Clock.MINUTES_PER_HOUR;
        double warmup = end * 0.05;
        double batchLength = (end - warmup) / BATCHES;
        double[] n = new double[BATCHES];
        double[] waited = new double[BATCHES];
        double[] waitSum = new double[BATCHES];
        double[] abandoned = new double[BATCHES];
        double meanGap = Clock.MINUTES_PER_HOUR / callsPerHour;
        for (double t = Sampling.exponential(arrivals, meanGap); t < end;
             t += Sampling.exponential(arrivals, meanGap)) {
            double p = patienceMinutes > 0 ? Sampling.exponential(patience, patienceMinutes) : Double.POSITIVE_INFINITY;
            boolean answered = queue.offer(t, p, Sampling.exponential(service, ahtMinutes));
            if (t < warmup) {
                continue;
            }
            int b = Math.min(BATCHES - 1, (int) ((t - warmup) / batchLength));
            n[b]++;
            waitSum[b] += queue.lastWait();
            if (queue.lastWait() > 0) {
                waited[b]++;
            }
            if (!answered) {
                abandoned[b]++;
            }
        }
        double[] pw = new double[BATCHES];
        double[] mw = new double[BATCHES];
        double[] ab = new double[BATCHES];
        long total = 0;
        for (int b = 0; b < BATCHES; b++) {
            pw[b] = n[b] > 0 ? waited[b] / n[b] : 0;
            mw[b] = n[b] > 0 ? Clock.SECONDS_PER_MINUTE * waitSum[b] / n[b] : 0;
            ab[b] = n[b] > 0 ? abandoned[b] / n[b] : 0;
            total += (long) n[b];
        }
        return new Result(Interval.of(pw), Interval.of(mw), Interval.of(ab), total);
    }
}
