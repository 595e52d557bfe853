package uk.cxsim.queuebench;

/**
 * What happened to the callers of one run: callers who found no free agent and callers who hung up, counted after
 * the first 5% (the warm-up), in total and in {@value #BATCHES} batches of consecutive callers (for batch-means
 * intervals).
 */
final class QueueTally {
    static final int BATCHES = 20;

    private final long skipped;
    private final long counted;
    private final long[] callers = new long[BATCHES];
    private final long[] waited = new long[BATCHES];
    private final long[] abandoned = new long[BATCHES];

    /** A tally of a run of {@code total} callers. */
    QueueTally(long total) {
        this.skipped = total / 20;
        this.counted = total - skipped;
    }

    /** Counts caller number {@code index} (from 0) who found no free agent ({@code waited}) and hung up or not. */
    void count(long index, boolean waited, boolean abandoned) {
        if (index < skipped) {
            return;
        }
        int b = (int) ((index - skipped) * BATCHES / counted);
        callers[b]++;
        this.waited[b] += waited ? 1 : 0;
        this.abandoned[b] += abandoned ? 1 : 0;
    }

    long callers() {
        return sum(callers);
    }

    long waited() {
        return sum(waited);
    }

    long abandoned() {
        return sum(abandoned);
    }

    double probWait() {
        return (double) waited() / callers();
    }

    double abandonRate() {
        return (double) abandoned() / callers();
    }

    /** Share who found no free agent in each batch. */
    double[] probWaitByBatch() {
        return shares(waited);
    }

    /** Share who hung up in each batch. */
    double[] abandonRateByBatch() {
        return shares(abandoned);
    }

    private double[] shares(long[] counts) {
        double[] s = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            s[b] = (double) counts[b] / callers[b];
        }
        return s;
    }

    private static long sum(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
