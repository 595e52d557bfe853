package uk.cxsim.studio;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.StudioJob;
import uk.cxsim.results.WhatIfSummary;

/**
 * One what-if run by the studio: queued, running (with days simulated of days to simulate), done (with its
 * comparison folder and figures), failed (with the reason) or cancelled (stopped on request, its partial outputs
 * removed). Watchers wait on the job for its next change.
 */
final class Job {
    enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** A what-if the studio runs, or finished what-ifs put side by side. */
    enum Kind { WHAT_IF, SIDE_BY_SIDE }

    private final String id;
    private final String name;
    private final Kind kind;
    private final List<String> parts;
    private final String base;
    private final Map<String, String> set;
    private final int customers;
    private int replications;
    private int focusDensity = 1;
    private final long seed;
    /** The ensemble a what-if runs on, every member of it; null for one run on the base. */
    private final String ensemble;
    private long totalDays;
    private final Instant submitted = Instant.now();
    /** When the answer being worked on was asked for: the submission, or the latest "run longer". */
    private Instant asked = submitted;
    private Status status = Status.QUEUED;
    private long daysDone;
    private int version;
    private double seconds = Double.NaN;
    private String error;
    private Path folder;
    private String folderShown;
    private boolean cancelRequested;
    private WhatIfSummary summary;
    /**
     * The payer's figures given before the answer (a what-if of some sectors on a base not yet run), kept once the
     * answer is given; null when there was none.
     */
    private WhatIfSummary firstAnswer;
    private double firstAnswerSeconds = Double.NaN;
    private ComparisonFile compare;
    /** While running longer: the replications and time of the answer it still shows (0: not running longer). */
    private int answeredAt;
    private double answeredSeconds = Double.NaN;

    Job(String id, String name, String base, Map<String, String> set, int customers, int replications, long seed) {
        this(id, name, Kind.WHAT_IF, List.of(), base, set, customers, replications, seed, null);
    }

    /** A what-if run on every member of the ensemble {@code ensemble}. */
    static Job acrossEnsemble(String id, String name, String base, Map<String, String> set, int customers,
                              int replications, long seed, String ensemble) {
        return new Job(id, name, Kind.WHAT_IF, List.of(), base, set, customers, replications, seed, ensemble);
    }

    /** Finished what-ifs {@code parts} on one base, put side by side. */
    static Job sideBySide(String id, String name, List<String> parts, String base, int customers,
                          int replications, long seed) {
        return new Job(id, name, Kind.SIDE_BY_SIDE, parts, base, Map.of(), customers, replications, seed, null);
    }

    private Job(String id, String name, Kind kind, List<String> parts, String base, Map<String, String> set,
                int customers, int replications, long seed, String ensemble) {
        this.ensemble = ensemble;
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.parts = List.copyOf(parts);
        this.base = base;
        this.set = Map.copyOf(set);
        this.customers = customers;
        this.replications = replications;
        this.seed = seed;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String base() {
        return base;
    }

    int customers() {
        return customers;
    }

    synchronized int replications() {
        return replications;
    }

    /** Sets how many times the workshop's customers the sectors changed run at (before the job is listed). */
    synchronized void focusDensity(int times) {
        focusDensity = times;
    }

    /**
     * Queued again to add {@code more} replications to its answer; the answer shown stays until the longer one
     * replaces it.
     */
    synchronized void longer(int more) {
        answeredAt = replications;
        answeredSeconds = seconds;
        asked = Instant.now();
        replications += more;
        status = Status.QUEUED;
        daysDone = 0;
        totalDays = 0;
        seconds = Double.NaN;
        firstAnswer = null;
        firstAnswerSeconds = Double.NaN;
        error = null;
        cancelRequested = false;
        changed();
    }

    long seed() {
        return seed;
    }

    Kind kind() {
        return kind;
    }

    /** The ensemble it runs on, or null. */
    String ensemble() {
        return ensemble;
    }

    /** Its comparison once done (comparison.json), else null. */
    synchronized ComparisonFile comparison() {
        return compare;
    }

    /** Seconds from submission to the end, or NaN while it runs. */
    synchronized double seconds() {
        return seconds;
    }

    synchronized Status status() {
        return status;
    }

    synchronized Path folder() {
        return folder;
    }

    synchronized int version() {
        return version;
    }

    /** Running, with {@code totalDays} to simulate (the what-if's, and the base's unless they are kept). */
    synchronized void started(long totalDays) {
        this.totalDays = totalDays;
        status = Status.RUNNING;
        changed();
    }

    synchronized void progress(long days) {
        if (days > daysDone) {
            daysDone = days;
            changed();
        }
    }

    /**
     * Still running, with the payer's figures already known: the sectors the what-if changes have run, the base's
     * others still run (the UK's figures, charts and report need them).
     */
    synchronized void firstAnswer(WhatIfSummary first) {
        firstAnswer = first;
        firstAnswerSeconds = (Instant.now().toEpochMilli() - asked.toEpochMilli()) / 1000.0;
        changed();
    }

    /**
     * Done, with the comparison folder and its figures.
     *
     * @param shown the folder as the API shows it: relative to the studio's outputs, never the machine's layout
     */
    synchronized void done(Path folder, String shown, WhatIfSummary summary, ComparisonFile compare) {
        this.folder = folder;
        this.folderShown = shown;
        this.summary = summary;
        this.compare = compare;
        this.daysDone = totalDays;
        this.answeredAt = 0;
        this.status = Status.DONE;
        this.seconds = (Instant.now().toEpochMilli() - asked.toEpochMilli()) / 1000.0;
        changed();
    }

    synchronized void failed(String reason) {
        this.error = reason;
        this.status = Status.FAILED;
        changed();
    }

    /**
     * Stopped on request (its runs stopped, nothing of them kept). A what-if stopped while running longer goes back to
     * the answer it had: done, at its earlier replications, with its folder and figures.
     */
    synchronized void cancelled() {
        if (answeredAt > 0 && summary != null) {
            replications = answeredAt;
            answeredAt = 0;
            seconds = answeredSeconds;
            daysDone = totalDays;
            status = Status.DONE;
            changed();
            return;
        }
        this.status = Status.CANCELLED;
        this.seconds = (Instant.now().toEpochMilli() - submitted.toEpochMilli()) / 1000.0;
        changed();
    }

    /** Stops the work of a job asked to stop: its runs call this between simulated days. */
    void stopIfCancelled() {
        if (cancelRequested()) {
            throw new CancellationException("stopped on request");
        }
    }

    /**
     * Ends work on this what-if that threw {@code e}: cancelled if a stop was asked (the worker goes on to the next
     * job), else failed with the reason; {@code log} is told either way.
     *
     * @param startedNanos when the work started ({@link System#nanoTime})
     */
    void ended(Throwable e, long startedNanos, Consumer<String> log) {
        if (cancelRequested()) {
            Thread.interrupted(); // the stop asked for
            cancelled();
            log.accept("what-if " + id + " (" + name + ") cancelled after " + String.format(Locale.UK, "%.1f s",
                    (System.nanoTime() - startedNanos) / 1e9));
            return;
        }
        failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        log.accept("what-if " + id + " (" + name + ") failed: " + e.getMessage());
    }

    /** Asks the job to stop: its runs check this between days. */
    synchronized void requestCancel() {
        cancelRequested = true;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized boolean finished() {
        return status == Status.DONE || status == Status.FAILED || status == Status.CANCELLED;
    }

    /** Waits up to {@code millis} for the job to finish; returns whether it has. */
    synchronized boolean awaitFinished(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!finished()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Waits up to {@code millis} for a change after {@code seen}; returns the version now. */
    synchronized int awaitChange(int seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (version == seen && !finished()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version;
    }

    private void changed() {
        version++;
        notifyAll();
    }

    /** The job as {@code GET /api/jobs/{id}} shows it; with {@code full}, the comparison JSON too. */
    synchronized StudioJob json(boolean full, int queuePosition) {
        return new StudioJob(id, name, kind == Kind.WHAT_IF ? "what-if" : "side-by-side",
                status.name().toLowerCase(java.util.Locale.ROOT), base, set, Levers.inWords(set), parts, customers,
                replications, seed, focusDensity > 1 ? focusDensity : null, ensemble, daysDone, totalDays,
                totalDays == 0 ? 0.0 : (double) daysDone / totalDays,
                status == Status.QUEUED ? queuePosition : null, submitted.toString(),
                Double.isNaN(seconds) ? null : seconds, error, folderShown, firstAnswer,
                Double.isNaN(firstAnswerSeconds) ? null : firstAnswerSeconds, summary, full ? compare : null);
    }
}
