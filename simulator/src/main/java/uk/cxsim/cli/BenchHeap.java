package uk.cxsim.cli;

import java.lang.management.ManagementFactory;

import uk.cxsim.experiment.execution.HeapEstimate;

/**
 * The heap a benchmark size runs with when none is given: 12 GiB, the same for every size that fits in it so
 * timings compare; a larger size gets what the memory guard suggests for it, up to 90% of the machine's memory
 * (the whole UK adult population, 50 million customers, on a 24 GiB machine: 21 GiB, above the 19 GiB it keeps).
 */
final class BenchHeap {
    static final long DEFAULT_GIB = 12;
    private static final double MACHINE_SHARE = 0.9;
    private static final double GIB = 1L << 30;

    private BenchHeap() {
    }

    /** The {@code -Xmx} value for a run of the UK baseline with this many customers and measured days. */
    static String forSize(int customers, int days) {
        long needed = HeapEstimate.suggestedBytes(BenchCommand.baseline(customers, days), 1);
        return gib(needed, machineBytes()) + "g";
    }

    /** The heap in GiB for a run that the guard suggests {@code suggested} bytes for, on a machine of that memory. */
    static long gib(long suggested, long machine) {
        long wanted = (long) Math.ceil(suggested / GIB);
        if (wanted <= DEFAULT_GIB) {
            return DEFAULT_GIB;
        }
        long most = (long) Math.floor(machine * MACHINE_SHARE / GIB);
        return Math.max(DEFAULT_GIB, Math.min(wanted, most));
    }

    private static long machineBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
