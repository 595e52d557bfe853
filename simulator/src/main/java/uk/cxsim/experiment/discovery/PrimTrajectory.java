package uk.cxsim.experiment.discovery;

import java.util.List;
import java.util.Optional;

/**
 * One PRIM search: every box from the starting box through the peels and pastes, and the box chosen from them (none
 * when no box reached the density asked for). {@code number} counts the searches of a covering run from 1.
 */
public record PrimTrajectory(int number, List<PrimBox> steps, int chosenStep) {
    public PrimTrajectory {
        steps = List.copyOf(steps);
        if (chosenStep < -1 || chosenStep >= steps.size()) {
            throw new IllegalArgumentException("chosen step " + chosenStep + " is not on a trajectory of "
                    + steps.size() + " boxes");
        }
    }

    public Optional<PrimBox> chosen() {
        return chosenStep < 0 ? Optional.empty() : Optional.of(steps.get(chosenStep));
    }

    /** The last box on the trajectory whose density reaches {@code threshold}, or -1 if none does. */
    static int lastReaching(List<PrimBox> steps, double threshold) {
        for (int k = steps.size() - 1; k >= 0; k--) {
            if (steps.get(k).density() >= threshold) {
                return k;
            }
        }
        return -1;
    }
}
