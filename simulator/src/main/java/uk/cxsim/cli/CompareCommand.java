package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.BusinessCase;
import uk.cxsim.experiment.Comparison;
import uk.cxsim.experiment.VolumeAndRate;
import uk.cxsim.experiment.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.BusinessCaseTables;
import uk.cxsim.output.ComparisonTables;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.TargetFile;

/**
 * {@code cxsim compare}: what-ifs against a baseline with common random numbers; paired differences with CIs and
 * GBP saved or lost a year.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare variant scenarios with a baseline (common random numbers, paired 95%% CIs) and make "
                + "each one's business case per supplier, sector and UK; writes comparison.csv, business_case.csv "
                + "and comparison.json.")
public final class CompareCommand implements Callable<Integer> {
    /** Figures shown on the terminal. */
    static final List<String> HEADLINE = List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
            "leaveReasonShares.treatment", "acquisitionCostGbp", "failureDemandGbp", "lostSalesGbp",
            "meanWaitMinutes", "abandonRate", "meanMinutesTrappedInIvr");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "Baseline scenario")
    Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT", description = "Variant scenarios")
    List<Path> variants = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "R", description = "Replications (default ${DEFAULT-VALUE})")
    int replications = 5;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: outputs/compare/<base>/<timestamp>)")
    Path out;

    @Option(names = "--years", paramLabel = "N", description = "Years measured, for a business case over several "
            + "years (sets the days measured to 365 x N; default: the scenario's days)")
    Integer years;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Override
    public Integer call() {
        if (replications < 2 || execution.threads < 1) {
            throw new UserInputException("--replications must be at least 2 (paired intervals need them) and "
                    + "--threads at least 1");
        }
        if (years != null && (years < 1 || years > 10 || options.days != null)) {
            throw new UserInputException("--years must be 1 to 10, and cannot be given with --days");
        }
        List<String> length = years == null ? List.of() : List.of("days=" + 365 * years);
        LoadedScenario baseline = options.load(base, length);
        // every scenario runs with the baseline's seed: the same streams per replication
        List<String> crn = new ArrayList<>(length);
        crn.add("seed=" + baseline.params().seed());
        List<LoadedScenario> others = new ArrayList<>();
        for (Path v : variants) {
            others.add(options.load(v, crn));
        }
        Path target = out != null ? out : RunCommand.defaultFolder("compare", baseline.params().name());
        Map<String, List<ComparisonRow>> results = new LinkedHashMap<>();
        Map<String, List<BusinessCaseRow>> cases = new LinkedHashMap<>();
        Map<String, Object> caseJson = new LinkedHashMap<>();
        Map<String, Object> splitJson = new LinkedHashMap<>();
        try (RunFolder folder = RunFolder.prepare(target, RunCommand.warnings(spec))) {
            List<ScenarioParams> variantParams = others.stream().map(LoadedScenario::params).toList();
            WhatIfRuns runs;
            try (ProgressCounter progress = new ProgressCounter("compare",
                    WhatIfRuns.days(baseline.params(), others.size(), replications), "days", execution.quiet)) {
                runs = WhatIfRuns.run(baseline.params(), variantParams, replications, execution.threads, 0,
                        progress::stepTo);
            }
            for (LoadedScenario v : others) {
                String name = v.params().name();
                List<RunSummary> variantRuns = runs.variants().get(name);
                results.put(name, Comparison.of(runs.base(), variantRuns));
                cases.put(name, BusinessCase.of(runs.base(), variantRuns));
                caseJson.put(name, BusinessCaseTables.json(v.params(), cases.get(name)));
                splitJson.put(name, BusinessCaseTables.json(VolumeAndRate.of(runs.base(), variantRuns)));
            }
            folder.writeText("comparison.csv", ComparisonTables.csv(results));
            folder.writeText("business_case.csv", BusinessCaseTables.csv(cases));
            Map<String, Object> json = ComparisonTables.json(baseline.params(), replications, results);
            json.put("businessCase", caseJson);
            json.put("volumeAndRate", splitJson);
            folder.writeText("comparison.json", Json.write(json));
            ReportWriter.write(folder.staging(), TargetFile.loadDefault());
            folder.commit();
            if (!execution.quiet) {
                print(spec.commandLine().getOut(), baseline.params(), results);
                BusinessCasePrinter.print(spec.commandLine().getOut(), cases);
                spec.commandLine().getOut().printf("Wrote %s%n", RunCommand.displayPath(folder.target()));
            }
        }
        return 0;
    }

    private void print(PrintWriter o, ScenarioParams base, Map<String, List<ComparisonRow>> results) {
        o.printf(Locale.UK, "Against %s, %d replications with common random numbers (difference: variant - baseline, "
                + "95%% CI)%n", base.name(), replications);
        results.forEach((name, rows) -> {
            o.printf("%n%s%n", name);
            o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", "figure", "baseline", "variant", "difference",
                    "GBP saved/year");
            for (ComparisonRow r : rows) {
                if (HEADLINE.contains(r.metric())) {
                    o.printf(Locale.UK, "  %-30s %14s %14s %26s %16s%n", r.metric(), SummaryPrinter.figure(r.baseline()),
                            SummaryPrinter.figure(r.variant()), SummaryPrinter.figure(r.difference().mean()) + " +/- "
                                    + SummaryPrinter.figure(r.difference().halfWidth()),
                            Double.isNaN(r.gbpSavedPerYear()) ? "" : SummaryPrinter.gbp(r.gbpSavedPerYear()));
                }
            }
        });
        o.flush();
    }
}
