package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.chart.BusinessCaseRows;
import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Formats;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.Decision;
import uk.cxsim.report.PlainWords;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.results.BusinessCaseSection;
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
            stopIfCancelled();
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
            stopIfCancelled();
            double runSeconds = (System.nanoTime() - started) / 1e9;
            WhatIfComparison answer = WhatIfComparison.of(runs, List.of(variant));
            String folderId = longer ? job.id() + "-" + runs.base().size() + "-replications" : job.id();
            Path target = StudioFolders.target(outputs, base.name(), folderId, variant.name());
            Path folder;
            try (RunFolder out = RunFolder.prepare(target)) {
                answer.write(out);
                stopIfCancelled();
                ReportWriter.write(out.staging(), evidence);
                stopIfCancelled();
                out.commit();
                folder = out.target();
            }
            // as comparison.json reads back (a figure that was not finite is NaN): the studio says what the report does
            ComparisonFile compare = Json.read(Json.write(answer.json()), ComparisonFile.class);
            WhatIfSummary summary = summary(compare, folder, baseDays == 0, runSeconds,
                    (System.nanoTime() - started) / 1e9 - runSeconds);
            answered = runs;
            startedFrom = kept;
            job.done(folder, StudioFolders.shown(outputs, folder), summary, compare);
            log.accept(String.format(java.util.Locale.UK, "what-if %s (%s) done in %.1f s at %d replications: %s "
                    + "Wrote %s", job.id(), variant.name(), (System.nanoTime() - started) / 1e9, runs.base().size(),
                    summary.businessCase(), folder));
        } catch (RuntimeException | OutOfMemoryError e) {
            if (job.cancelRequested()) {
                Thread.interrupted(); // the stop asked for; the worker goes on to the next job
                job.cancelled();
                log.accept("what-if " + job.id() + " (" + variant.name() + ") cancelled after " + String.format(
                        java.util.Locale.UK, "%.1f s", (System.nanoTime() - started) / 1e9));
                return;
            }
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.accept("what-if " + job.id() + " (" + variant.name() + ") failed: " + e.getMessage());
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
        stopIfCancelled();
        job.progress(days);
    }

    private void stopIfCancelled() {
        if (job.cancelRequested()) {
            throw new CancellationException("stopped on request");
        }
    }

    /**
     * The headline, the business case on the payer's books, the charts drawn and how long the runs and the files
     * took.
     *
     * @param baseKept whether the base's runs were kept from an earlier what-if
     */
    private WhatIfSummary summary(ComparisonFile comparison, Path folder, boolean baseKept, double runSeconds,
                                  double filesSeconds) {
        BusinessCaseSection bc = comparison.businessCase().get(variant.name());
        BusinessCaseSection.Row payer = bc.payer();
        ExperimentCharts.Saving saving = ExperimentCharts.savings(comparison, "costOfPoorServiceGbp")
                .get(variant.name());
        // the headline is the decision on the books the lever sits on; the business case sentence says the rest
        return new WhatIfSummary(Decision.line(comparison, variant.name()),
                PlainWords.businessCase(comparison.label(variant.name()), bc),
                BusinessCaseCharts.books(payer), payer.netBenefitGbpPerYear(), payer.netBenefitCi95(),
                payer.paybackMonths(), PlainWords.payback(payer), payer.investmentOneOffGbp(),
                payer.investmentPerYearGbp(), payer.roi(), payer.terminalValueGbp(), saving.mean(),
                new double[]{saving.low(), saving.high()}, shown(payer, saving), charts(folder), baseKept, runSeconds,
                filesSeconds);
    }

    /** The payer's net benefit and the cost saved, each with its interval, as the report writes them. */
    private static WhatIfSummary.Shown shown(BusinessCaseSection.Row payer, ExperimentCharts.Saving saving) {
        double[] net = BusinessCaseRows.interval(payer.netBenefitCi95());
        return new WhatIfSummary.Shown(Formats.gbp(BusinessCaseRows.orZero(payer.netBenefitGbpPerYear())),
                halfWidth(net[0], net[1]), Formats.gbp(saving.mean()), halfWidth(saving.low(), saving.high()));
    }

    /** "+/- GBP 47.5m", or empty when there is no interval. */
    private static String halfWidth(double low, double high) {
        double half = (high - low) / 2;
        return Double.isNaN(half) ? "" : Formats.plusMinus(Formats.gbp(half));
    }

    private static List<String> charts(Path folder) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted(Comparator
                    .comparingInt(WhatIfJob::rank).thenComparing(Comparator.naturalOrder()))
                    .forEach(n -> out.add("charts/" + n));
        } catch (IOException e) {
            // a comparison without charts shows its figures only
        }
        return out;
    }

    /** Savings first, then drivers, then the business case's waterfalls and payback. */
    private static int rank(String n) {
        return n.startsWith("what-if-savings") ? 0 : n.startsWith("what-if-drivers") ? 1
                : n.startsWith("what-if-") ? 2 : n.startsWith("business-case-payback") ? 4 : 3;
    }
}
