package uk.cxsim.queuebench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.cxsim.engine.ErlangFormulas;

/**
 * Calls per second of cxsim's queue kernel (and of the kernel it replaced, which scanned every agent for every
 * caller), of an event-per-call queue on SSJ and of one on MASON's schedule, on the same M/M/c+M loads (offered load
 * 95% of the agents, five-minute calls, two minutes' mean patience) at 11, 62, 600 and 2,000 agents, each beside
 * Erlang A. Every implementation meets the very same callers (same seed), so their shares who wait and who hang up
 * agree to the caller.
 *
 * <p>Each implementation and size runs in a JVM of its own (so none is compiled for another's profile), timed three
 * times after a shorter run; the fastest counts, as other work on the machine only ever slows a run. Arguments:
 * callers per run (default 2,000,000), then agent counts (default 11 62 600 2000).
 */
public final class QueueKernelBench {
    private static final double OFFERED_SHARE = 0.95;
    private static final long SEED = 20261123L;
    private static final int TIMED_RUNS = 3;
    private static final String ONE = "--one";

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

    public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
        if (args.length == 4 && args[0].equals(ONE)) {
            timeOne(PEERS.get(Integer.parseInt(args[1])), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            return;
        }
        long callers = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {11, 62, 600, 2000};
        System.out.printf(Locale.UK, "M/M/c+M, offered load %.0f%% of the agents, AHT 5 min, mean patience 2 min, "
                        + "%,d callers a run (first 5%% not counted), best of %d runs, %d cores, %s %s%n",
                OFFERED_SHARE * 100, callers, TIMED_RUNS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.UK, "%7s  %-20s %14s %10s %10s %10s %10s%n", "agents", "queue", "calls/s",
                "P(wait)", "Erlang A", "P(aband.)", "Erlang A");
        String classpath = classpath();
        for (int agents : sizes) {
            for (int p = 0; p < PEERS.size(); p++) {
                String java = ProcessHandle.current().info().command().orElse("java");
                Process child = new ProcessBuilder(java, "-cp", classpath, QueueKernelBench.class.getName(), ONE,
                        Integer.toString(p), Integer.toString(agents), Long.toString(callers))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String line = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
                System.out.println(child.waitFor() == 0 ? line
                        : String.format(Locale.UK, "%,7d  %-20s failed (see above)", agents, PEERS.get(p).name));
            }
        }
    }

    /** Times one implementation at one size and prints its row. */
    private static void timeOne(Peer peer, int agents, long callers) {
        QueueLoad load = QueueLoad.atOccupancy(agents, OFFERED_SHARE);
        ErlangFormulas.QueueStats erlang = load.erlangA();
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

    /** The classpath this class was loaded from (under Maven's exec:java, its class loader's, not the JVM's). */
    private static String classpath() throws URISyntaxException {
        if (QueueKernelBench.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
