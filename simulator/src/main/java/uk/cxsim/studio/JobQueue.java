package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.TargetSet;
import uk.cxsim.workflow.NamedScenario;
import uk.cxsim.workflow.WhatIfCompare;

/**
 * The studio's what-ifs, run one at a time on all the machine's threads (a comparison already keeps every core
 * busy); later ones wait their turn in order. At most {@code maxActive} may be running or queued at once (a further
 * one is refused with 429), and any can be cancelled. Jobs are kept for the session so the page can list them side
 * by side.
 */
final class JobQueue implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cxsim-studio-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Future<?>> running = new HashMap<>();
    /** The latest what-ifs' runners, holding their runs so "run longer" can add to them; at most {@value #LONGER}. */
    private final Map<String, WhatIfJob> runners = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WhatIfJob> eldest) {
            return size() > LONGER;
        }
    };
    /** What-ifs whose runs are kept to run longer. */
    static final int LONGER = 8;
    private final AtomicInteger next = new AtomicInteger(1);
    private final int threads;
    private final int maxActive;
    private final Path outputs;
    private final TargetSet evidence;
    private final BaseRuns baseRuns = new BaseRuns();
    private final Consumer<String> log;
    /** The base runs asked for and not yet started, at most one: a newer request replaces it. */
    private Future<?> pendingWarm;
    private String pendingWarmFingerprint;
    private String warmingFingerprint;
    private int warmRequests;

    /**
     * @param maxActive most what-ifs running or queued at once
     * @param log       told one line when each what-if is done, has failed or was cancelled (the studio's terminal)
     */
    JobQueue(int threads, int maxActive, Path outputs, TargetSet evidence, Consumer<String> log) {
        this.log = log;
        this.threads = threads;
        this.maxActive = maxActive;
        this.outputs = outputs;
        this.evidence = evidence;
    }

    /**
     * Queues the comparison of {@code variant} with {@code base}, both already loaded and validated; refuses, as
     * the command line does, one whose results cannot fit in memory, and one beyond the queue's limit (429).
     */
    synchronized Job submit(CompareRequest request, LoadedScenario base, LoadedScenario variant) {
        requireRoom();
        int replications = request.replications();
        requireFits(base.params(), replications, replications);
        Focus.Mode focus = request.focusMode();
        Focus.of(base.params(), variant.params(), focus); // a focus the scenarios cannot take is refused now
        if (focus.density() > 1) {
            requireFits(Focus.atDensity(base.params(), focus.density()), replications, replications);
        }
        String id = Integer.toString(next.getAndIncrement());
        Job job = new Job(id, variant.params().name(), request.base(), request.set(), base.params().customers(),
                replications, base.params().seed());
        job.focusDensity(focus.density());
        jobs.put(id, job);
        WhatIfJob run = new WhatIfJob(job, BaseRuns.fingerprint(base), base.params(), variant.params(), focus,
                replications, threads, outputs, evidence, baseRuns, log);
        runners.put(id, run);
        start(id, run::run);
        return job;
    }

    /**
     * Queues the what-if of {@code request} on every member of {@code ensemble} ({@link EnsembleJob}), as
     * {@code cxsim compare --ensemble} runs it: planned now (every member's base and what-if loaded and checked, the
     * heap's room), so bad input is answered at once; the planning, which loads every member, holds no lock. The
     * members run at the size the ensemble was matched at.
     */
    Job acrossEnsemble(CompareRequest request, Ensembles.Found ensemble, ScenarioIndex index,
                       ScenarioIndex.Entry entry) {
        synchronized (this) {
            requireRoom();
        }
        List<String> variant = request.variantOverrides();
        variant.add("name=" + request.name());
        WhatIfCompare.Plan plan = WhatIfCompare.plan(new WhatIfCompare.Request(
                scenario(index, entry, entry.name(), request.baseOverrides()),
                List.of(scenario(index, entry, request.name(), variant)), null, request.replications(), threads,
                request.focusMode(), false, new WhatIfCompare.EnsembleSource("ensembles/" + ensemble.offered().name()
                + ".yaml", ensemble::file), false, null));
        Integer size = ensemble.offered().customers();
        synchronized (this) {
            requireRoom();
            String id = Integer.toString(next.getAndIncrement());
            Job job = Job.acrossEnsemble(id, request.name(), request.base(), request.set(), size != null ? size
                    : plan.base().customers(), request.replications(), plan.base().seed(), ensemble.offered().name());
            jobs.put(id, job);
            start(id, new EnsembleJob(job, plan, threads, outputs, log)::run);
            return job;
        }
    }

    /** A scenario of the index with overrides of its own laid under the workflow's. */
    private static NamedScenario scenario(ScenarioIndex index, ScenarioIndex.Entry entry, String label,
                                          List<String> own) {
        return new NamedScenario(label, extra -> {
            List<KeyOverride> all = new ArrayList<>(KeyOverride.set(own));
            all.addAll(extra);
            return index.loadWith(entry, all);
        });
    }

    /** Refuses (429) a what-if beyond the queue's limit of what-ifs running or waiting. */
    private void requireRoom() {
        int active = (int) jobs.values().stream().filter(j -> !j.finished()).count();
        if (active >= maxActive) {
            throw new HttpProblem(429, active + " what-ifs are running or waiting, the most the studio takes at once; "
                    + "try again when one has finished, or cancel one", Map.of("Retry-After",
                    Long.toString(retryAfterSeconds())));
        }
    }

    /**
     * Refuses, as the command line does, a what-if whose results at {@code replications} cannot fit in memory with
     * {@code running} replications run at once.
     */
    private void requireFits(ScenarioParams base, int replications, int running) {
        HeapEstimate.requireResultsFit(base, 2L * replications, HeapEstimate.runsAtOnce(running, threads),
                "customers", "2 scenarios x " + replications + " replications");
    }

    private void start(String id, Runnable work) {
        running.put(id, worker.submit(() -> {
            try {
                work.run();
            } finally {
                synchronized (JobQueue.this) {
                    running.remove(id);
                }
            }
        }));
    }

    /**
     * Adds {@code more} replications to a finished what-if, to the base and the what-if alike, reusing what ran: the
     * same job answers again with a narrower interval. Refused with a reason for a job that is not a finished
     * what-if (409), one whose runs are no longer kept (409), one past the most replications (400), or a full queue
     * (429).
     */
    synchronized Job longer(String id, int more, int maxReplications) {
        Job job = jobs.get(id);
        if (job == null) {
            throw HttpProblem.notFound("no job " + ScenarioNames.quoted(id));
        }
        if (job.ensemble() != null) {
            throw new HttpProblem(409, "what-if " + id + " ran on every member of the ensemble " + job.ensemble()
                    + "; run it again with more replications", Map.of());
        }
        if (job.kind() != Job.Kind.WHAT_IF || job.status() != Job.Status.DONE) {
            throw new HttpProblem(409, "only a finished what-if can run longer; job " + id + " is "
                    + (job.kind() == Job.Kind.WHAT_IF ? job.status().name().toLowerCase(java.util.Locale.ROOT)
                    : "a side by side"), Map.of());
        }
        WhatIfJob run = runners.get(id);
        if (run == null || !run.canRunLonger()) {
            throw new HttpProblem(409, "the runs of what-if " + id + " are no longer kept (the studio keeps the "
                    + LONGER + " latest); run it again", Map.of());
        }
        if (job.replications() + more > maxReplications) {
            throw HttpProblem.badRequest("what-if " + id + " has " + job.replications() + " replications; "
                    + more + " more would pass the studio's most, " + maxReplications);
        }
        requireRoom();
        requireFits(run.baseParams(), job.replications() + more, more);
        job.longer(more);
        start(id, () -> run.runLonger(more));
        return job;
    }

    /**
     * Puts finished what-ifs side by side ({@link SideBySide}): one comparison, report and board pack of them, kept as
     * a finished job of its own so the history lists it and its files are served as a what-if's are.
     *
     * @param ids      the what-ifs, in the order they are to be shown
     * @param question the question they answer (null: built from their names)
     */
    Job sideBySide(List<String> ids, String question) {
        List<Job> parts = new ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                Job job = jobs.get(id);
                if (job == null) {
                    throw HttpProblem.notFound("no job " + ScenarioNames.quoted(id));
                }
                if (!parts.contains(job)) {
                    parts.add(job);
                }
            }
        }
        ComparisonFile merged = SideBySide.merge(parts, question);
        Job first = parts.get(0);
        String id = Integer.toString(next.getAndIncrement());
        Job job = Job.sideBySide(id, SideBySide.name(parts), parts.stream().map(Job::id).toList(), first.base(),
                first.customers(), first.replications(), first.seed());
        Path folder = SideBySide.write(merged, StudioFolders.target(outputs, first.base(), id, "side-by-side"),
                evidence);
        job.done(folder, StudioFolders.shown(outputs, folder), null, merged);
        synchronized (this) {
            jobs.put(id, job);
        }
        log.accept("side by side " + id + " (" + job.name() + "): wrote " + folder);
        return job;
    }

    /** Seconds a refused client should wait: about one what-if's time, from those done so far. */
    private long retryAfterSeconds() {
        return Math.max(5, Math.round(jobs.values().stream().mapToDouble(Job::seconds).filter(Double::isFinite)
                .average().orElse(30)));
    }

    /**
     * Stops a job: a queued one never starts, a running one stops at its next simulated day (its partial outputs
     * removed). Waits up to {@code waitMillis} for it to stop; asking again, or of a finished job, changes nothing.
     */
    Job cancel(String id, long waitMillis) throws InterruptedException {
        Job job;
        Future<?> future;
        synchronized (this) {
            job = jobs.get(id);
            if (job == null) {
                return null;
            }
            future = running.get(id);
            if (job.finished()) {
                return job;
            }
            job.requestCancel();
        }
        if (future != null && future.cancel(true) && job.status() == Job.Status.QUEUED) {
            job.cancelled(); // it never started
            log.accept("what-if " + id + " (" + job.name() + ") cancelled before it started");
        }
        job.awaitFinished(waitMillis);
        return job;
    }

    /**
     * Runs the base in the background, if it is not kept already, so the first what-if on it runs only itself:
     * the page asks for this when it opens a base. The base runs sector by sector and gives way, between simulated
     * days, to a what-if submitted meanwhile, which runs the sectors it needs first and the rest after its first
     * answer.
     * The sectors {@code first} (those the room is looking at) run before the others not yet run, also when the base
     * is already running; under a denser focus ({@code density} above 1), the base's denser runs of those sectors
     * follow them, so a denser what-if there needs only itself too. A base whose runs would not fit in the heap is
     * not run (nor denser runs that would not): the what-if says why.
     * Only the latest request waits: an older one not yet started is dropped. Failures are left for the what-if to
     * report.
     */
    synchronized void warm(LoadedScenario base, int replications, List<Integer> first, int density) {
        warmRequests++;
        String fingerprint = BaseRuns.fingerprint(base);
        Focus dense = density > 1 && !first.isEmpty() ? new Focus(first.stream().sorted().toList(), null, density)
                : null;
        BaseRuns.Entry kept = baseRuns.get(fingerprint, replications);
        if (kept != null) {
            kept.wantDenser(dense); // none: the room went back to the base's size
            if (kept.warmed()) {
                return;
            }
        }
        try {
            requireFits(base.params(), replications, replications);
            if (dense != null) {
                requireFits(Focus.atDensity(base.params(), density), replications, replications);
            }
        } catch (ScenarioException e) {
            return; // a what-if at this size is refused, and says why
        }
        BaseRuns.Entry entry = baseRuns.entry(fingerprint, base.params(), replications);
        entry.prefer(first);
        entry.wantDenser(dense);
        if (fingerprint.equals(warmingFingerprint) || fingerprint.equals(pendingWarmFingerprint)) {
            return;
        }
        if (pendingWarm != null) {
            pendingWarm.cancel(false);
        }
        pendingWarmFingerprint = fingerprint;
        pendingWarm = worker.submit(() -> {
            synchronized (this) {
                pendingWarm = null;
                pendingWarmFingerprint = null;
                warmingFingerprint = fingerprint;
            }
            try {
                baseRuns.entry(fingerprint, base.params(), replications).warm(threads, this::whatIfWaiting,
                        wanted -> whatIfWaitingWithout(fingerprint, replications, wanted));
            } catch (RuntimeException | OutOfMemoryError e) {
                // the what-if that needs this base runs it again and says what went wrong
            } finally {
                synchronized (this) {
                    warmingFingerprint = null;
                }
            }
        });
    }

    /** Whether a what-if is running or waiting: the base being warmed gives way. */
    private synchronized boolean whatIfWaiting() {
        return !running.isEmpty();
    }

    /**
     * Whether a job is running or waiting that does not need the base's denser runs {@code dense}: those under way
     * give way to it, and go on while every job waiting is a what-if that would make them again.
     */
    private synchronized boolean whatIfWaitingWithout(String fingerprint, int replications, Focus dense) {
        for (String id : running.keySet()) {
            WhatIfJob waiting = runners.get(id);
            if (waiting == null || !waiting.needsDenser(fingerprint, replications, dense)) {
                return true;
            }
        }
        return false;
    }

    /** How many bases are kept with every sector run (a test's window on the base's runs). */
    long basesRun() {
        return baseRuns.complete();
    }

    /** How many bases of scenario {@code name} have run every sector and denser runs wanted (a test's window). */
    long basesWarmedDenser(String name) {
        return baseRuns.warmedDenser(name);
    }

    /** How many times a base's runs were asked for (a test's window on side effects). */
    synchronized int warmRequests() {
        return warmRequests;
    }

    synchronized Job get(String id) {
        return jobs.get(id);
    }

    synchronized List<Job> all() {
        return new ArrayList<>(jobs.values());
    }

    /** How many queued or running jobs are ahead of this one (0: it is next or running). */
    synchronized int ahead(Job job) {
        int n = 0;
        for (Job j : jobs.values()) {
            if (j == job) {
                return n;
            }
            if (!j.finished()) {
                n++;
            }
        }
        return n;
    }

    /** The number the next what-if would be given, for its default name. */
    int nextNumber() {
        return next.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
