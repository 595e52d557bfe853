package uk.cxsim.workflow;

/** Told after each seed of a many-seed benchmark. */
@FunctionalInterface
public interface SeedProgress {
    void seedDone(int done, int of);
}
