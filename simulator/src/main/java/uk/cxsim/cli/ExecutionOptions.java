package uk.cxsim.cli;

import picocli.CommandLine.Option;
import uk.cxsim.experiment.ScenarioRunner;

/** Options every long-running command shares: how many threads, and whether to stay quiet. */
final class ExecutionOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads (default: all cores); results do not depend on it")
    int threads = ScenarioRunner.defaultThreads();

    @Option(names = "--quiet", description = "No progress bar or summary")
    boolean quiet;
}
