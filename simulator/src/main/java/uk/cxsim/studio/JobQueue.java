package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import uk.cxsim.experiment.HeapEstimate;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.TargetSet;

/**
 * The studio's what-ifs, run one at a time on all the machine's threads (a comparison already keeps every core
 * busy); later ones wait their turn in order. Jobs are kept for the session so the page can list them side by side.
 */
final class JobQueue implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cxsim-studio-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);
    private final int threads;
    private final Path outputs;
    private final TargetSet evidence;
    private final BaseRuns baseRuns = new BaseRuns();
    private final Set<String> warming = new HashSet<>();

    private final Consumer<String> log;

    /** @param log told one line when each what-if is done or has failed (the studio's terminal) */
    JobQueue(int threads, Path outputs, TargetSet evidence, Consumer<String> log) {
        this.log = log;
        this.threads = threads;
        this.outputs = outputs;
        this.evidence = evidence;
    }

    /**
     * Queues the comparison of {@code variant} with {@code base}, both already loaded and validated; refuses, as
     * the command line does, one whose results cannot fit in memory.
     */
    synchronized Job submit(CompareRequest request, LoadedScenario base, LoadedScenario variant) {
        int replications = request.replications();
        HeapEstimate.requireResultsFit(base.params(), 2L * replications, HeapEstimate.runsAtOnce(replications,
                threads), "customers", "2 scenarios x " + replications + " replications");
        String id = Integer.toString(next.getAndIncrement());
        Job job = new Job(id, variant.params().name(), request.base(), request.set(), base.params().customers(),
                replications, base.params().seed());
        jobs.put(id, job);
        worker.submit(new WhatIfJob(job, BaseRuns.fingerprint(base), base.params(), variant.params(), replications,
                threads, outputs, evidence, baseRuns, log));
        return job;
    }

    /**
     * Runs the base in the background, if it is not kept already, so the first what-if on it runs only itself:
     * the studio does this when a base is opened. Failures are left for the what-if to report.
     */
    synchronized void warm(LoadedScenario base, int replications) {
        String fingerprint = BaseRuns.fingerprint(base);
        if (baseRuns.get(fingerprint, replications) != null || !warming.add(fingerprint)) {
            return;
        }
        worker.submit(() -> {
            try {
                if (baseRuns.get(fingerprint, replications) == null) {
                    baseRuns.run(fingerprint, base.params(), replications, threads, done -> { });
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                // the what-if that needs this base runs it again and says what went wrong
            } finally {
                synchronized (this) {
                    warming.remove(fingerprint);
                }
            }
        });
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
