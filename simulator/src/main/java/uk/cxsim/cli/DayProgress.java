package uk.cxsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import uk.cxsim.engine.ProgressListener;

/** A progress bar with ETA over simulated days, shown only on a terminal. */
final class DayProgress implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    DayProgress(String task, int totalDays, boolean quiet) {
        boolean terminal = System.console() != null && !quiet;
        bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(totalDays).setUnit(" days", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().build() : null;
    }

    @Override
    public void dayDone(int daysDone, int totalDays) {
        if (bar != null) {
            bar.stepTo(daysDone);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
