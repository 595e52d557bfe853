package uk.cxsim.engine;

/** Told after each simulated day; the command line turns it into a progress bar. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void dayDone(int daysDone, int totalDays);
}
