package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.WhatIfSummary;
import uk.cxsim.scenario.TargetSet;
import uk.cxsim.workflow.WhatIfComparison;

/**
 * Runs one studio what-if as {@code cxsim compare} would: base and what-if with common random numbers, then a
 * comparison folder (tables, comparison.json, charts, report.html) under {@code outputs/studio/}, and the figures
 * the page shows first.
 */
final class WhatIfJob implements Runnable {

    private final Job job;
    private final ScenarioParams base;
    private final ScenarioParams variant;
    /** The sectors the what-if simulates again. */
    private final Focus.Mode focus;
    private final int replications;
    /** The runs of the answer last given, and the base they started from: what "run longer" adds to. */
    private volatile WhatIfRuns answered;
    private volatile BaseRuns.Entry startedFrom;
    private final int threads;
    private final Path outputs;
    private final TargetSet evidence;

    private final BaseRuns baseRuns;
    private final String fingerprint;
    private final Consumer<String> log;

    WhatIfJob(Job job, String fingerprint, ScenarioParams base, ScenarioParams variant, Focus.Mode focus,
              int replications, int threads, Path outputs, TargetSet evidence, BaseRuns baseRuns,
              Consumer<String> log) {
        this.focus = focus;
        this.log = log;
        this.baseRuns = baseRuns;
        this.fingerprint = fingerprint;
        this.job = job;
        this.base = base;
        this.variant = variant;
        this.replications = replications;
        this.threads = threads;
        this.outputs = outputs;
        this.evidence = evidence;
    }

    @Override
    public void run() {
        answer(0);
    }

    /**
     * Adds {@code more} replications to the answer already given, to the base (every sector) and the what-if alike,
     * reusing what ran, and answers again in a folder of its own: the first answer's folder is kept.
     */
    void runLonger(int more) {
        answer(more);
    }

    private void answer(int more) {
        long started = System.nanoTime();
        try {
            job.stopIfCancelled();
            boolean longer = more > 0;
            BaseRuns.Entry kept = longer ? startedFrom : baseRuns.get(fingerprint, replications);
            int before = longer ? answered.base().size() : 0;
            int count = longer ? more : replications;
            long baseDays = kept == null || longer ? (long) count * base.totalDays() : 0;
            job.started(baseDays + (long) count * variant.totalDays());
            WhatIfRuns runs;
            if (longer) {
                List<RunSummary> moreBase = WhatIfRuns.base(kept.base(), before, more, threads, kept.spinUps(),
                        this::progress);
                WhatIfRuns added = WhatIfRuns.against(moreBase, kept.base(), List.of(variant), threads,
                        kept.spinUps(), days -> progress(baseDays + days), focus);
                runs = answered.then(added);
                kept = baseRuns.extend(kept, runs.base());
            } else {
                if (kept == null) {
                    kept = baseRuns.run(fingerprint, base, replications, threads, this::progress);
                }
                runs = WhatIfRuns.against(kept.runs(), kept.base(), List.of(variant), threads, kept.spinUps(),
                        days -> progress(baseDays + days), focus);
            }
            job.stopIfCancelled();
            double runSeconds = (System.nanoTime() - started) / 1e9;
            WhatIfComparison answer = WhatIfComparison.of(runs, List.of(variant));
            String folderId = longer ? job.id() + "-" + runs.base().size() + "-replications" : job.id();
            Path target = StudioFolders.target(outputs, base.name(), folderId, variant.name());
            Path folder;
            try (RunFolder out = RunFolder.prepare(target)) {
                answer.write(out);
                job.stopIfCancelled();
                ReportWriter.write(out.staging(), evidence);
                job.stopIfCancelled();
                out.commit();
                folder = out.target();
            }
            // as comparison.json reads back (a figure that was not finite is NaN): the studio says what the report does
            ComparisonFile compare = Json.read(Json.write(answer.json()), ComparisonFile.class);
            WhatIfSummary summary = WhatIfSummaries.of(compare, variant.name(), folder, baseDays == 0, runSeconds,
                    (System.nanoTime() - started) / 1e9 - runSeconds, null);
            answered = runs;
            startedFrom = kept;
            job.done(folder, StudioFolders.shown(outputs, folder), summary, compare);
            log.accept(String.format(java.util.Locale.UK, "what-if %s (%s) done in %.1f s at %d replications: %s "
                    + "Wrote %s", job.id(), variant.name(), (System.nanoTime() - started) / 1e9, runs.base().size(),
                    summary.businessCase(), folder));
        } catch (RuntimeException | OutOfMemoryError e) {
            job.ended(e, started, log);
        }
    }

    ScenarioParams baseParams() {
        return base;
    }

    /** Whether this what-if has an answer to add replications to. */
    boolean canRunLonger() {
        return answered != null;
    }

    /** Days done; a cancelled job stops here, between simulated days. */
    private void progress(long days) {
        job.stopIfCancelled();
        job.progress(days);
    }
}
