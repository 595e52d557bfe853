package uk.cxsim.queuebench;

import uk.cxsim.engine.ServiceQueue;

/** The M/M/c+M load through cxsim's queue: one call of {@link ServiceQueue#offer} per caller, no events. */
final class KernelQueue {
    private KernelQueue() {
    }

    static QueueTally run(QueueLoad load, long callers, long seed) {
        QueueTally tally = new QueueTally(callers);
        CallerStream stream = new CallerStream(load, seed);
        ServiceQueue queue = ServiceQueue.constant(load.agents());
        double t = 0;
        for (long i = 0; i < callers; i++) {
            t += stream.gap();
            double service = stream.service();
            double patience = stream.patience();
            boolean waits = queue.prepare(t) > 0;
            boolean answered = queue.take(patience, service);
            tally.count(i, waits, !answered);
        }
        return tally;
    }
}
