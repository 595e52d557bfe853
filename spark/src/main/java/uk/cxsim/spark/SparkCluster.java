package uk.cxsim.spark;

import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.execution.RunExecutors;

/** Offers Spark to cxsim's batch commands ({@code --spark [--master URL]}); registered as a service. */
public final class SparkCluster implements RunExecutors.ClusterProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunExecutor connect(String master) {
        return SparkRunExecutor.connect(master);
    }
}
