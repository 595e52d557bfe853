package uk.cxsim.experiment.execution;

import java.io.Serializable;

/**
 * One run of a batch, with everything it needs: serialisable, so that it can run on a thread here or be sent to a
 * cluster's executor (see {@link RunExecutor}).
 *
 * @param <R> what the run gives back (serialisable too)
 */
@FunctionalInterface
public interface RunTask<R extends Serializable> extends Serializable {
    R run();
}
