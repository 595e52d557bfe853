package uk.cxsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import uk.cxsim.engine.ProgressListener;

/** A progress bar with ETA over any unit of work (days, evaluations), shown only on a terminal. */
final class ProgressCounter implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    ProgressCounter(String task, long total, String unit, boolean quiet) {
        boolean terminal = System.console() != null && !quiet;
        bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).build() : null;
    }

    /** Moves the bar to {@code done} (thread-safe). */
    synchronized void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    void extra(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void dayDone(int daysDone, int totalDays) {
        stepTo(daysDone);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
