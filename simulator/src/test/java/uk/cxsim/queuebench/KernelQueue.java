package uk.cxsim.queuebench;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import uk.cxsim.engine.ScanningServiceQueue;
import uk.cxsim.engine.ServiceQueue;
import uk.cxsim.model.Clock;

/**
 * The M/M/c+M load through cxsim's queue: one call of {@code prepare} and {@code take} per caller, no events; or
 * through the kernel it replaced, which scans every agent for every caller.
 */
final class KernelQueue {
    private KernelQueue() {
    }

    private interface Take {
        boolean take(double patience, double service);
    }

    static QueueTally run(QueueLoad load, long callers, long seed) {
        ServiceQueue q = ServiceQueue.constant(load.agents());
        return run(q::prepare, q::take, load, callers, seed);
    }

    static QueueTally runScan(QueueLoad load, long callers, long seed) {
        int[] roster = new int[Clock.HOURS_PER_WEEK];
        Arrays.fill(roster, load.agents());
        ScanningServiceQueue q = new ScanningServiceQueue(roster, 0);
        return run(q::prepare, q::take, load, callers, seed);
    }

    private static QueueTally run(DoubleUnaryOperator prepare, Take take, QueueLoad load, long callers, long seed) {
        QueueTally tally = new QueueTally(callers);
        CallerStream stream = new CallerStream(load, seed);
        double t = 0;
        for (long i = 0; i < callers; i++) {
            t += stream.gap();
            double service = stream.service();
            double patience = stream.patience();
            boolean waits = prepare.applyAsDouble(t) > 0;
            boolean answered = take.take(patience, service);
            tally.count(i, waits, !answered);
        }
        return tally;
    }
}
