package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
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
    /** The sectors the what-if re-runs and at what density, worked out once (null if its focus is refused). */
    private final Focus sectors;

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
        Focus f;
        try {
            f = Focus.of(base, variant, focus);
        } catch (RuntimeException e) {
            f = null; // the run says why
        }
        this.sectors = f;
    }

    /**
     * Whether this what-if, not yet answered, is one on the base {@code fingerprint} at {@code replications} that
     * needs the base's denser runs {@code dense}.
     */
    boolean needsDenser(String fingerprint, int replications, Focus dense) {
        return answered == null && this.fingerprint.equals(fingerprint) && this.replications == replications
                && dense.equals(sectors);
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
            BaseRuns.Entry kept = longer ? startedFrom : baseRuns.entry(fingerprint, base, replications);
            int count = longer ? more : replications;
            boolean baseKept = !longer && kept.complete();
            long baseDays = baseKept ? 0 : (long) count * base.totalDays();
            Focus f = Focus.of(kept.base(), variant, focus);
            int first = longer ? answered.base().size() : 0;
            job.started(baseDays + (long) kept.ownRuns(f, first, count) * count * variant.totalDays());
            WhatIfRuns runs;
            if (longer) {
                List<RunSummary> moreBase = WhatIfRuns.base(kept.base(), first, more, threads, kept.spinUps(),
                        this::progress);
                WhatIfRuns added = WhatIfRuns.against(moreBase, kept.base(), List.of(variant), threads,
                        kept.spinUps(), days -> progress(baseDays + days), focus, kept.denseBases());
                runs = answered.then(added);
                kept = baseRuns.extend(kept, runs.base());
            } else {
                runs = firstThenWhole(kept, f, baseDays, started);
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
            ComparisonFile compare = WhatIfSummaries.asWritten(answer);
            WhatIfSummary summary = WhatIfSummaries.of(compare, variant.name(), folder, baseKept, runSeconds,
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

    /**
     * The what-if's runs against the base's of every sector. On a base whose sectors have not all run, a what-if of
     * some sectors runs the base's runs of those sectors and its own first, and gives the first answer (its payer's
     * figures, which no other sector moves) before the base's other sectors run; under a denser focus, its sectors'
     * denser runs move those of the base first, then the whole.
     */
    private WhatIfRuns firstThenWhole(BaseRuns.Entry kept, Focus f, long baseDays, long started) {
        // progress: the base's days done (sectors run before this what-if included), then the what-if's
        if (kept.complete() || f.none() || f.all() || f.sectors().size() == base.sectors().size()) {
            List<RunSummary> whole = kept.all(threads, this::progress, () -> false);
            return WhatIfRuns.against(whole, kept.base(), List.of(variant), threads, kept.spinUps(),
                    days -> progress(baseDays + days), focus, kept.denseBases());
        }
        long variantDays = (long) kept.ownRuns(f, 0, replications) * replications * variant.totalDays();
        List<RunSummary> part = kept.of(f.indexes(), threads, this::progress);
        long baseSoFar = kept.doneDays();
        WhatIfRuns.Progress own = days -> progress(baseSoFar + days);
        // the what-if's own runs, and how they join any base runs of every sector they are given
        Function<List<RunSummary>, WhatIfRuns> joined;
        if (f.denser()) {
            WhatIfRuns.Denser ran = WhatIfRuns.denser(kept.base(), variant, f, 0, replications, threads,
                    kept.spinUps(), own, kept.denseBases());
            joined = runs -> WhatIfRuns.movedBy(runs, variant, f, ran);
        } else {
            List<RunSummary> ran = WhatIfRuns.focused(variant, kept.base(), f, 0, replications, threads,
                    kept.spinUps(), own);
            joined = runs -> WhatIfRuns.spliced(runs, variant, f, ran);
        }
        job.stopIfCancelled();
        ComparisonFile first = WhatIfSummaries.asWritten(WhatIfComparison.of(joined.apply(part), List.of(variant)));
        job.firstAnswer(WhatIfSummaries.first(first, variant.name(), (System.nanoTime() - started) / 1e9));
        List<RunSummary> whole = kept.all(threads, days -> progress(variantDays + days), () -> false);
        return joined.apply(whole);
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
