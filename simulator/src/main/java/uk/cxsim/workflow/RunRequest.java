package uk.cxsim.workflow;

import java.io.IOException;
import java.io.Serializable;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.output.CheckpointFolder;
import uk.cxsim.scenario.LoadedScenario;

/**
 * What {@code cxsim run} was asked to do, kept with a run's checkpoints so {@code cxsim resume} can finish it the
 * same way: the scenario as loaded then (later edits to its file do not change the run), the replications, how
 * often to save, when it started and the build that started it.
 */
public record RunRequest(LoadedScenario scenario, int replications, int checkpointEveryDays, String startedAt,
                  String build) implements Serializable {
    static final String FILE = "run.request";

    public void saveTo(CheckpointFolder folder) {
        folder.writeObject(FILE, this);
    }

    /** The request kept in {@code folder}. */
    public static RunRequest readFrom(CheckpointFolder folder) {
        try {
            return folder.readObject(FILE, RunRequest.class).orElseThrow(() -> new UserInputException(
                    "the interrupted run in " + folder.path() + " has no " + FILE + "; it cannot be resumed, run it "
                            + "again"));
        } catch (IOException e) {
            throw new UserInputException("cannot read " + folder.path().resolve(FILE) + " (" + e.getMessage()
                    + "); the run was started by another build of cxsim or its checkpoint is damaged; run it again");
        }
    }
}
