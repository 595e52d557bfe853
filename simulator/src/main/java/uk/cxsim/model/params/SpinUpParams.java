package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * The equilibrium start: before the warm-up, a population of {@code customers} (or the run's own, if smaller) is
 * simulated for {@code years} from fresh relationships, with queues in their steady state; every customer of the run
 * then starts from the state of a similar customer of it. Tenure, loyalty stages and who holds what take years to
 * settle, far longer than a warm-up the size of the run could afford.
 *
 * @param years     years simulated (0: no equilibrium start; relationships start fresh)
 * @param customers simulated customers of the spin-up
 */
public record SpinUpParams(double years, int customers) implements Serializable {
}
