package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.whatif.EnsembleComparison;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRanges;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.EnsembleTables;
import uk.cxsim.output.Formats;
import uk.cxsim.output.RangesTables;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.scenario.EnsembleFile;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.workflow.EnsembleWhatIfs;
import uk.cxsim.workflow.ParamsLoader;
import uk.cxsim.workflow.RangedBusinessCase;
import uk.cxsim.workflow.ReportAfterRuns;
import uk.cxsim.workflow.WhatIfComparison;

/**
 * {@code cxsim compare}: what-ifs against a baseline with common random numbers; paired differences with CIs and
 * GBP saved or lost a year.
 */
@Command(name = "compare")
public final class CompareCommand extends CliCommand {
    /** Figures shown on the terminal. */
    static final List<String> HEADLINE = List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
            "leaveReasonShares.treatment", "acquisitionCostGbp", "failureDemandGbp", "lostSalesGbp",
            "meanWaitMinutes", "abandonRate", "meanMinutesTrappedInIvr");

    @Parameters(index = "0", paramLabel = "BASE") Path base;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT") List<Path> variants = new ArrayList<>();

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(5)
            .atLeast(2, "paired intervals need them");

    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--years", paramLabel = "N") Integer years;
    @Option(names = "--ensemble", paramLabel = "FILE") Path ensemble;
    @Option(names = "--ranges") boolean ranges;
    @Option(names = "--question", paramLabel = "TEXT") String question;
    @Option(names = "--focus", paramLabel = "MODE") String focus = "auto";

    /** The focus asked for, parsed. */
    private Focus.Mode focusMode;

    @Mixin SimulationOptions sim = new SimulationOptions();
    @Mixin ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        focusMode = Focus.Mode.parse(focus);
        replications.check();
        sim.execution.check();
        if (question != null && (question.isBlank() || !ComparisonFile.questionFits(question))) {
            throw new UserInputException("--question must be one line of 1 to " + ComparisonFile.MAX_QUESTION
                    + " characters");
        }
        if (years != null && (years < 1 || years > 10 || sim.scenario.days != null)) {
            throw new UserInputException("--years must be 1 to 10, and cannot be given with --days");
        }
        List<String> length = years == null ? List.of() : List.of("days=" + 365 * years);
        LoadedScenario baseline = sim.scenario.load(base, length);
        // every scenario runs with the baseline's seed: the same streams per replication
        List<String> crn = new ArrayList<>(length);
        crn.add("seed=" + baseline.params().seed());
        List<LoadedScenario> others = new ArrayList<>();
        for (Path v : variants) {
            others.add(sim.scenario.load(v, crn));
            requireSameMarket(baseline.params(), others.get(others.size() - 1).params(), v);
            // a focus the scenarios cannot take is refused before anything runs
            Focus.of(baseline.params(), others.get(others.size() - 1).params(), focusMode);
        }
        if (ranges) {
            checkRanges(baseline, others, length, crn);
        }
        EnsembleFile ensembleFile = ensemble == null ? null : EnsembleFile.load(ensemble);
        int worlds = ensembleFile == null ? 1 : ensembleFile.members().size();
        int r = replications.count();
        HeapEstimate.requireResultsFit(baseline.params(), (long) worlds * (others.size() + 1) * r,
                HeapEstimate.runsAtOnce(r, sim.execution.threads), "compare", (ensembleFile == null ? ""
                        : worlds + " members x ") + (others.size() + 1) + " scenarios x " + r + " replications");
        Path target = out.orDefault("compare", baseline.params().name());
        try (RunExecutor executor = cluster.executor(sim.execution.threads)) {
            return compare(baseline, others, ensembleFile, length, crn, target, executor);
        }
    }

    private int compare(LoadedScenario baseline, List<LoadedScenario> others, EnsembleFile ensembleFile,
                        List<String> length, List<String> crn, Path target, RunExecutor executor) {
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec))) {
            List<ScenarioParams> variantParams = others.stream().map(LoadedScenario::params).toList();
            WhatIfRuns runs;
            List<EnsembleComparison.MemberRuns> members = List.of();
            List<BusinessCaseRanges> rangeCases = new ArrayList<>();
            if (ensembleFile == null) {
                long days = WhatIfRuns.days(baseline.params(), others.size(), replications.count());
                long rangeDays = ranges ? others.stream().mapToLong(o -> RangedBusinessCase.days(o,
                        baseline.params(), replications.count())).sum() : 0;
                try (ProgressCounter progress = ProgressCounter.onTerminal("compare", days + rangeDays, "days",
                        sim.execution.quiet)) {
                    SpinUps spinUps = SpinUps.kept();
                    runs = runs(executor, baseline.params(), variantParams, 0, progress, spinUps, focusMode);
                    long[] done = {days};
                    for (int k = 0; ranges && k < others.size(); k++) {
                        LoadedScenario what = others.get(k);
                        Path file = variants.get(k);
                        long before = done[0];
                        rangeCases.add(RangedBusinessCase.of(what, baseline.params(), runs.base(),
                                runs.variants().get(what.params().name()), extra -> sim.scenario.loadWith(base,
                                        withLength(length, extra)), extra -> sim.scenario.loadWith(file, withLength(crn,
                                        extra)), sim.execution.threads, spinUps, d -> progress.stepTo(before + d)));
                        done[0] += RangedBusinessCase.days(what, baseline.params(), replications.count());
                    }
                }
            } else {
                List<ScenarioParams[]> loaded = EnsembleWhatIfs.load(ensembleFile, extra -> sim.scenario.load(base,
                        extra).params(), variants.stream().map(v -> (ParamsLoader) extra -> sim.scenario.load(v, extra)
                        .params()).toList(), length, crn, sim.scenario.customers != null);
                try (ProgressCounter progress = ProgressCounter.onTerminal("ensemble", EnsembleWhatIfs.days(loaded,
                        replications.count()), "days", sim.execution.quiet)) {
                    members = EnsembleWhatIfs.run(ensembleFile, loaded, replications.count(), executor,
                            sim.execution.threads, progress::stepTo, focusMode);
                }
                runs = EnsembleComparison.pooled(members);
            }
            WhatIfComparison answer = WhatIfComparison.of(runs, variantParams);
            answer = answer.with(answer.json().withQuestion(question));
            Map<String, List<ComparisonRow>> results = answer.results();
            Map<String, List<BusinessCaseRow>> cases = answer.cases();
            if (ranges) {
                answer = answer.with(answer.json().withRanges(RangesTables.json(rangeCases)));
                folder.writeText(RangesTables.CSV, RangesTables.csv(rangeCases));
            }
            List<EnsembleWhatIf> acrossMembers = new ArrayList<>();
            if (ensembleFile != null) {
                EnsembleWhatIfs.Answer across = EnsembleWhatIfs.across(ensembleFile, members);
                acrossMembers = across.acrossMembers();
                Path cwd = Path.of("").toAbsolutePath();
                Path named = ensemble.toAbsolutePath().normalize();
                answer = answer.with(answer.json().withEnsemble(EnsembleTables.json((named.startsWith(cwd)
                        ? cwd.relativize(named) : named).toString(), across.keys(), acrossMembers)));
                folder.writeText(EnsembleTables.CSV, EnsembleTables.csv(across.keys(), across.memberRows()));
            }
            answer.write(folder);
            ReportAfterRuns.drawThenCommit(folder, staging -> ReportWriter.write(staging, TargetFile.loadDefault()));
            if (!sim.execution.quiet) {
                print(out(), baseline.params(), results);
                BusinessCasePrinter.print(out(), cases);
                for (EnsembleWhatIf w : acrossMembers) {
                    EnsembleWhatIf.Case uk = w.uk();
                    out().printf(Locale.UK, "%s across %d worlds that fit the evidence: UK net "
                            + "benefit %s to %s a year in 90%% of them (median %s), pays back in %s of them%n",
                            w.variant(), w.members(), Formats.gbp(uk.netBenefit().p5()),
                            Formats.gbp(uk.netBenefit().p95()), Formats.gbp(uk.netBenefit().median()),
                            Formats.percent(uk.paysBackShare()));
                }
                out().printf("Wrote %s%n", Console.displayPath(folder.target()));
            }
        }
        return 0;
    }

    /** The runs of one comparison: on this machine's threads, or as tasks of a cluster's job. */
    private WhatIfRuns runs(RunExecutor executor, ScenarioParams base, List<ScenarioParams> variants, long daysBefore,
                            ProgressCounter progress, SpinUps spinUps, Focus.Mode focus) {
        return EnsembleWhatIfs.runs(executor, sim.execution.threads, base, variants, replications.count(), daysBefore,
                progress::stepTo, spinUps, focus);
    }

    /**
     * Every what-if must state ranges, and each end of each range must load: refused in one line before anything
     * runs.
     */
    private void checkRanges(LoadedScenario baseline, List<LoadedScenario> others, List<String> length,
                             List<String> crn) {
        if (ensemble != null) {
            throw new UserInputException("--ranges cannot be combined with --ensemble: run the ranges on the "
                    + "calibrated baseline, the ensemble on the levers as stated");
        }
        for (int k = 0; k < others.size(); k++) {
            Path file = variants.get(k);
            if (others.get(k).ranges().isEmpty()) {
                throw new UserInputException("--ranges: " + file + " states no ranges; a what-if states each "
                        + "assumption nobody measured under ranges: as KEY: {low: L, high: H, why: ...}");
            }
            RangedBusinessCase.check(others.get(k), extra -> sim.scenario.loadWith(base, withLength(length, extra)),
                    extra -> sim.scenario.loadWith(file, withLength(crn, extra)));
        }
    }

    /** The overrides a comparison's scenarios load with ({@code --set} ones), then further ones. */
    private static List<KeyOverride> withLength(List<String> sets, List<KeyOverride> extra) {
        List<KeyOverride> out = new ArrayList<>(KeyOverride.set(sets));
        out.addAll(extra);
        return out;
    }

    /** A what-if changes levers, not the market: the variant must have the base's sectors and suppliers. */
    static void requireSameMarket(ScenarioParams base, ScenarioParams variant, Path file) {
        if (!market(base).equals(market(variant))) {
            throw new UserInputException("variant " + file + " (" + variant.name() + ") has other sectors or "
                    + "suppliers than the base " + base.name() + " (" + market(base) + "); a what-if must change "
                    + "the levers of the same market, e.g. extend the base scenario");
        }
    }

    private static Map<String, List<String>> market(ScenarioParams p) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (SectorParams s : p.sectors()) {
            m.put(s.name(), s.suppliers().stream().map(SupplierParams::name).toList());
        }
        return m;
    }

    private void print(PrintWriter o, ScenarioParams base, Map<String, List<ComparisonRow>> results) {
        o.printf(Locale.UK, "Against %s, %d replications with common random numbers (difference: variant - baseline, "
                + "95%% CI)%n", base.name(), replications.count());
        results.forEach((name, rows) -> {
            o.printf("%n%s%n", name);
            o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", "figure", "baseline", "variant", "difference",
                    "GBP saved/year");
            for (ComparisonRow r : rows) {
                if (HEADLINE.contains(r.metric())) {
                    o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", r.metric(), Formats.number(r.baseline()),
                            Formats.number(r.variant()), Formats.withInterval(Formats.number(r.difference().mean()),
                                    Formats.number(r.difference().halfWidth())),
                            Double.isNaN(r.gbpSavedPerYear()) ? "" : Formats.number(r.gbpSavedPerYear()));
                }
            }
        });
        o.flush();
    }
}
