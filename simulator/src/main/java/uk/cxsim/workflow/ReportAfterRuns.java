package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.function.Consumer;

import uk.cxsim.output.RunFolder;

/**
 * The report of runs just finished. Runs can take hours and the report is drawn from their tables, so a report that
 * fails must not take the runs with it: the half-drawn charts are removed, the tables are moved into place, and the
 * user is told how to draw the report again.
 */
public final class ReportAfterRuns {
    private ReportAfterRuns() {
    }

    /** Raised when the runs were saved but their report could not be drawn (exit code 1). */
    public static final class NotDrawn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotDrawn(Path target, RuntimeException cause) {
            super("the runs are saved in " + target + ", but their report could not be drawn (" + cause.getMessage()
                    + "); draw it again with: cxsim report " + target, cause);
        }
    }

    /**
     * Draws the report into the folder's staging with {@code draw}, then commits the folder; if drawing fails,
     * commits the tables without charts or report and throws {@link NotDrawn}.
     */
    public static void drawThenCommit(RunFolder folder, Consumer<Path> draw) {
        try {
            draw.accept(folder.staging());
        } catch (RuntimeException e) {
            folder.commitWithout("charts", ".report.html.partial");
            throw new NotDrawn(folder.target(), e);
        }
        folder.commit();
    }
}
