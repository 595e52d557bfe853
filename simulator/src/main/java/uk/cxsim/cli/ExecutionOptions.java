package uk.cxsim.cli;

import picocli.CommandLine.Option;

/** Options every long-running command shares: how many threads, and whether to stay quiet. */
final class ExecutionOptions {
    @Option(names = "--threads", paramLabel = "N") int threads = defaultThreads();

    /** Threads by default: every core. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Option(names = "--quiet") boolean quiet;

    /** Stops the command (bad input) unless --threads is at least 1. */
    void check() {
        OptionCheck.atLeast("--threads", threads, 1);
    }
}
