package uk.cxsim.queuebench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.cxsim.engine.ErlangFormulas;

/**
 * Calls per second of cxsim's queue kernel (and of the kernel it replaced, which scanned every agent for every
 * caller), of an event-per-call queue on SSJ and of one on MASON's schedule, on the
 * same M/M/c+M loads (offered load 95% of the agents, five-minute calls, two minutes' mean patience) at 11, 62, 600
 * and 2,000 agents, each beside Erlang A. Every implementation meets the very same callers (same seed), so their
 * shares who wait and who hang up agree to the caller.
 *
 * <p>Each is timed three times after a shorter run; the fastest counts. Arguments: callers per run (default
 * 2,000,000), then agent counts (default 11 62 600 2000).
 */
public final class QueueKernelBench {
    private static final double OFFERED_SHARE = 0.95;
    private static final long SEED = 20261123L;
    private static final int TIMED_RUNS = 3;

    private QueueKernelBench() {
    }

    private record Peer(String name, Runner runner) {
    }

    private interface Runner {
        QueueTally run(QueueLoad load, long callers, long seed);
    }

    private static final List<Peer> PEERS = List.of(
            new Peer("cxsim kernel", KernelQueue::run),
            new Peer("cxsim scan (before)", KernelQueue::runScan),
            new Peer("SSJ 3.3.1 events", SsjQueue::run),
            new Peer("MASON 18 schedule", MasonQueue::run));

    public static void main(String[] args) {
        long callers = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {11, 62, 600, 2000};
        System.out.printf(Locale.UK, "M/M/c+M, offered load %.0f%% of the agents, AHT 5 min, mean patience 2 min, "
                + "%,d callers a run (first 5%% not counted), best of %d runs, %d cores, %s %s%n", OFFERED_SHARE * 100,
                callers, TIMED_RUNS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.printf(Locale.UK, "%7s  %-20s %14s %10s %10s %10s %10s%n", "agents", "queue", "calls/s",
                "P(wait)", "Erlang A", "P(aband.)", "Erlang A");
        for (int agents : sizes) {
            QueueLoad load = QueueLoad.atOccupancy(agents, OFFERED_SHARE);
            ErlangFormulas.QueueStats erlang = load.erlangA();
            for (Peer peer : PEERS) {
                // a shorter run first, so the timed runs are compiled code; the best of three, as other work on
                // the machine only ever slows a run
                peer.runner.run(load, Math.max(10_000, callers / 10), SEED + 1);
                QueueTally t = null;
                double seconds = Double.POSITIVE_INFINITY;
                for (int repeat = 0; repeat < TIMED_RUNS; repeat++) {
                    long start = System.nanoTime();
                    t = peer.runner.run(load, callers, SEED);
                    seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
                }
                System.out.printf(Locale.UK, "%,7d  %-20s %,14.0f %10.4f %10.4f %10.4f %10.4f%n", agents, peer.name,
                        callers / seconds, t.probWait(), erlang.probWait(), t.abandonRate(), erlang.abandonRate());
            }
        }
    }
}
