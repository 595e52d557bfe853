package uk.cxsim.cli;

import picocli.CommandLine.Option;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.execution.RunExecutors;

/** Options of the batch commands that can run on a cluster: {@code --spark [--master URL]}. */
final class ClusterOptions {
    @Option(names = "--spark") boolean spark;
    @Option(names = "--master", paramLabel = "URL") String master;

    /** Where the runs go: the Spark module's executor with --spark, else {@code threads} threads here. */
    RunExecutor executor(int threads) {
        if (master != null && !spark) {
            throw new UserInputException("--master is a Spark master's URL and needs --spark");
        }
        if (!spark) {
            return new LocalRunExecutor(threads);
        }
        return RunExecutors.cluster("spark").orElseThrow(() -> new UserInputException("--spark needs the Spark "
                + "module (cxsim-spark), which is not on the class path: run through ./cxsim, which builds it on "
                + "first use, or build it with mvn -Pspark package")).connect(master);
    }
}
