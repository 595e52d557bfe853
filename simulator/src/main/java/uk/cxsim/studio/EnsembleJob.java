package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.PlainWords;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.WhatIfSummary;
import uk.cxsim.workflow.WhatIfCompare;

/**
 * Runs one studio what-if on every member of an ensemble, as {@code cxsim compare --ensemble} does
 * ({@link WhatIfCompare}): each member's base and what-if with common random numbers, then one comparison folder
 * whose figures pool the members and whose ensemble section gives each lever's spread across them. Nothing is kept
 * for later what-ifs: each member is a world of its own.
 */
final class EnsembleJob implements Runnable {
    private final Job job;
    private final WhatIfCompare.Plan plan;
    private final int threads;
    private final Path outputs;
    private final Consumer<String> log;

    EnsembleJob(Job job, WhatIfCompare.Plan plan, int threads, Path outputs, Consumer<String> log) {
        this.job = job;
        this.plan = plan;
        this.threads = threads;
        this.outputs = outputs;
        this.log = log;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        try {
            job.stopIfCancelled();
            job.started(plan.days());
            WhatIfCompare.Ran ran;
            try (RunExecutor executor = new LocalRunExecutor(threads)) {
                ran = WhatIfCompare.run(plan, executor, days -> {
                    job.stopIfCancelled();
                    job.progress(days);
                });
            }
            job.stopIfCancelled();
            double runSeconds = (System.nanoTime() - started) / 1e9;
            Path target = StudioFolders.target(outputs, job.base(), job.id(), job.name());
            Path folder;
            WhatIfCompare.Outcome outcome;
            try (RunFolder out = RunFolder.prepare(target)) {
                outcome = WhatIfCompare.write(plan, ran, out);
                folder = out.target();
            }
            ComparisonFile compare = WhatIfSummaries.asWritten(outcome.answer());
            WhatIfSummary summary = WhatIfSummaries.of(compare, job.name(), folder, false, runSeconds,
                    (System.nanoTime() - started) / 1e9 - runSeconds, PlainWords.acrossEnsemble(compare, job.name()));
            job.done(folder, StudioFolders.shown(outputs, folder), summary, compare);
            log.accept(String.format(Locale.UK, "what-if %s (%s) on the %s ensemble done in %.1f s: %s Wrote %s",
                    job.id(), job.name(), job.ensemble(), (System.nanoTime() - started) / 1e9,
                    summary.acrossEnsemble(), folder));
        } catch (RuntimeException | OutOfMemoryError e) {
            job.ended(e, started, log);
        }
    }
}
