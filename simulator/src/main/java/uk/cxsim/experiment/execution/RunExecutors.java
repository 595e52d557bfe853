package uk.cxsim.experiment.execution;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the executor a batch asks for: threads here, or a cluster executor that a module on the class path
 * provides (the Spark module registers one as a {@link ClusterProvider} service).
 */
public final class RunExecutors {
    /** A cluster executor on offer; {@code master} is the cluster's address, or null for the provider's default. */
    public interface ClusterProvider {
        /** The cluster's name, as the command line asks for it: "spark". */
        String name();

        RunExecutor connect(String master);
    }

    private RunExecutors() {
    }

    /** The provider of the named cluster executor, if a module on the class path offers it. */
    public static Optional<ClusterProvider> cluster(String name) {
        for (ClusterProvider p : ServiceLoader.load(ClusterProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
