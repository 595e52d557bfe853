package uk.cxsim.experiment.execution;

import java.util.Locale;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;

/**
 * How much heap a run needs, known before it starts, so a run too big for the heap is refused at once with what it
 * needs instead of failing with an out-of-memory error hours in. The heap grows with the customers, their
 * relationships in every sector, and the runs held in memory at once (replications side by side); suppliers, days
 * and the program itself add a near-constant amount. The figure is measured per customer of the 11-sector UK
 * baseline and shared out over its sectors, so a scenario with far fewer sectors is estimated low (each customer's
 * own record does not shrink with the sectors): the guard then errs towards running.
 */
public final class HeapEstimate {
    /**
     * Heap retained per customer and sector, the figure that sizes a run. MEASURED 2026-12-03 (OpenJDK 17, G1, the
     * 2-core machine of the Performance section), after relationship records shrank to 28 bytes and the social
     * network to its rewired ties: the UK baseline (11 sectors) run by {@code java -Xmx8g -Xlog:gc:file=gc.log -jar
     * cxsim.jar bench-one --customers N --days 30 --threads 1}; the largest heap left after a collection was 132 MiB
     * at N = 250,000, 405 MiB at 1,000,000 and 1,162 MiB at 3,000,000. Between the two larger runs it rises 397
     * bytes per customer, 36.1 per customer and sector, rounded up.
     * Measure again when the per-customer records change (Population, RelationshipBook, SocialNetwork, event
     * calendars).
     */
    static final long BYTES_PER_CUSTOMER_SECTOR = 37;
    /** What a run needs besides its customers: the measured heaps above less 407 bytes a customer, rounded up. */
    static final long FIXED_BYTES = 36L << 20;
    /**
     * The suggested {@code -Xmx} is the estimate times this: the collector needs room above what the run retains
     * (the 10,000,000-customer bench of docs/performance.md peaked at 5.44 GiB, 1.4 times this estimate; the
     * 50,000,000 at 19.35 GiB, 1.02 times, in a 21 GiB heap). The refusal itself compares the bare estimate, so a run
     * is refused only when it cannot fit.
     */
    static final double HEADROOM = 1.5;

    private static final double GIB = 1024.0 * 1024 * 1024;

    /**
     * What a finished run keeps per supplier, as comparisons hold it ({@code RunRecord.lean()}: counters by hour of
     * day, over the run, at each month's end and on the few days summaries read), and per supplier and measured day
     * (relationships held, and the month-end counters). MEASURED 2026-12-06: the UK baseline (38 suppliers) at 5,000
     * customers, one replication, serialises lean to 777,324 bytes for 365 measured days and 1,110,182 for 730, its
     * parameters (shared by every run of a scenario) left out: 912 bytes a day, 24 per supplier, and about 11,700 per
     * supplier besides; rounded up. Held whole, the same run took 8,613,415 bytes (621 per supplier and day).
     */
    static final long RESULT_BYTES_PER_SUPPLIER = 14_000;
    static final long RESULT_BYTES_PER_SUPPLIER_DAY = 27;

    private HeapEstimate() {
    }

    /** How many runs are in memory at once: replications run side by side on separate threads. */
    public static int runsAtOnce(int replications, int threads) {
        return replications > 1 && threads > 1 ? Math.min(replications, threads) : 1;
    }

    /** The heap, in bytes, that {@code runsAtOnce} runs of {@code p} retain together. */
    public static long bytesNeeded(ScenarioParams p, int runsAtOnce) {
        return FIXED_BYTES + (long) runsAtOnce * p.customers() * p.sectors().size() * BYTES_PER_CUSTOMER_SECTOR;
    }

    /** The {@code -Xmx}, in bytes, suggested for {@code runsAtOnce} runs of {@code p}: their need with headroom. */
    public static long suggestedBytes(ScenarioParams p, int runsAtOnce) {
        return withHeadroom(bytesNeeded(p, runsAtOnce));
    }

    private static long withHeadroom(long needed) {
        return (long) Math.ceil(needed * HEADROOM);
    }

    /** The whole GiB of {@code -Xmx} a refusal suggests for a need of {@code needed} bytes. */
    private static long gibToAsk(long needed) {
        return (long) Math.ceil(withHeadroom(needed) / GIB);
    }

    /** The heap the results of {@code runs} finished runs of {@code p} take while a comparison holds them. */
    public static long resultBytes(ScenarioParams p, long runs) {
        return runs * p.supplierCount() * (RESULT_BYTES_PER_SUPPLIER + (long) p.days() * RESULT_BYTES_PER_SUPPLIER_DAY);
    }

    /**
     * Refuses a comparison whose finished runs, all held until its tables are written, cannot fit in the heap
     * beside the runs under way; {@code key} names the command and {@code what} says what makes up the runs.
     */
    public static void requireResultsFit(ScenarioParams p, long runs, int runsAtOnce, String key, String what) {
        requireResultsFit(p, runs, runsAtOnce, key, what, Runtime.getRuntime().maxMemory());
    }

    static void requireResultsFit(ScenarioParams p, long runs, int runsAtOnce, String key, String what,
                                  long available) {
        long needed = bytesNeeded(p, runsAtOnce) + resultBytes(p, runs);
        if (needed <= available) {
            return;
        }
        throw new ScenarioException(String.format(Locale.UK, "%s: %,d runs (%s) keep about %.1f GiB of results "
                        + "in memory, and the runs under way %.1f GiB more, but only %.1f GiB is available; run with "
                        + "CXSIM_JAVA_OPTS=-Xmx%dg (on a machine with that much memory), or with fewer of them",
                key, runs, what, resultBytes(p, runs) / GIB, bytesNeeded(p, runsAtOnce) / GIB, available / GIB,
                gibToAsk(needed)));
    }

    /** The key a run's refusal names, and how a user of the command line gives a run more heap. */
    private static final String RUN_KEY = "customers";
    private static final String RUN_REMEDY = "run with CXSIM_JAVA_OPTS=-Xmx%dg (on a machine with that much memory), "
            + "or with fewer customers";

    /** Refuses, with what is needed and how to get it, a run that cannot fit in this JVM's maximum heap. */
    public static void requireFits(ScenarioParams p, int runsAtOnce) {
        requireFits(p, runsAtOnce, Runtime.getRuntime().maxMemory(), RUN_KEY, RUN_REMEDY);
    }

    /**
     * The same refusal where the heap is set another way: {@code key} names what the user asked for and
     * {@code remedy} says how to give more heap, with {@code %d} for the GiB to ask for.
     */
    public static void requireFits(ScenarioParams p, int runsAtOnce, String key, String remedy) {
        requireFits(p, runsAtOnce, Runtime.getRuntime().maxMemory(), key, remedy);
    }

    static void requireFits(ScenarioParams p, int runsAtOnce, long available) {
        requireFits(p, runsAtOnce, available, RUN_KEY, RUN_REMEDY);
    }

    private static void requireFits(ScenarioParams p, int runsAtOnce, long available, String key, String remedy) {
        long needed = bytesNeeded(p, runsAtOnce);
        if (needed <= available) {
            return;
        }
        throw new ScenarioException(String.format(Locale.UK, "%s: %,d customers in %d sectors%s need about "
                        + "%.1f GiB of heap, but only %.1f GiB is available; " + remedy + "%s",
                key, p.customers(), p.sectors().size(),
                runsAtOnce > 1 ? " (" + runsAtOnce + " replications at once)" : "",
                needed / GIB, available / GIB, gibToAsk(needed), runsAtOnce > 1 ? " or threads" : ""));
    }
}
