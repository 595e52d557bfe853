package uk.cxsim.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import uk.cxsim.engine.ProgressListener;

/** A progress bar with ETA over any unit of work (days, evaluations), shown only on a terminal. */
final class ProgressCounter implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    /** Width of a bar drawn for another process's terminal, whose width this process cannot ask. */
    private static final int CHILD_WIDTH = 100;

    private ProgressCounter(ProgressBarBuilder builder) {
        bar = builder == null ? null : builder.build();
    }

    /** A bar shown only when this process has a console and {@code quiet} is not set. */
    static ProgressCounter onTerminal(String task, long total, String unit, boolean quiet) {
        return new ProgressCounter(System.console() != null && !quiet ? builder(task, total, unit) : null);
    }

    /**
     * A bar drawn on {@code terminal} whether or not this process has a console: for a child process whose standard
     * error goes to its parent's terminal while the parent reads its standard output (a benchmark size in its own
     * JVM).
     */
    static ProgressCounter drawnOn(PrintStream terminal, String task, long total, String unit) {
        return new ProgressCounter(builder(task, total, unit)
                .setConsumer(new ConsoleProgressBarConsumer(terminal, CHILD_WIDTH)));
    }

    private static ProgressBarBuilder builder(String task, long total, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK);
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
