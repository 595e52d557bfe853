package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

import uk.cxsim.chart.ChartBook;
import uk.cxsim.experiment.Batch;
import uk.cxsim.experiment.Sensitivity;
import uk.cxsim.experiment.SensitivityStudy;
import uk.cxsim.experiment.Sweep;
import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.output.SensitivityTable;
import uk.cxsim.results.BatchFile;

/** {@code cxsim sensitivity}: Morris elementary effects or Sobol indices (Saltelli sampling) with bootstrap CIs. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Global sensitivity of chosen outputs to chosen parameters: Morris (mu*, sigma) or Sobol "
                + "(first-order and total indices), with bootstrap 95%% CIs; writes sensitivity.csv and the runs.")
public final class SensitivityCommand implements Callable<Integer> {
    enum Method { morris, sobol }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario (default: the UK baseline)")
    Path scenario;

    @Option(names = "--method", paramLabel = "METHOD", description = "morris or sobol (default ${DEFAULT-VALUE})")
    Method method = Method.morris;

    @Option(names = "--param", required = true, paramLabel = "KEY=MIN:MAX",
            description = "A parameter and its range; a key with * varies one multiplier over every match (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FIGURE", description = "Outputs to analyse (repeatable; default: "
            + "costOfPoorServiceGbp, relationshipsLostToTreatment, leaveReasonShares.treatment)")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (default ${DEFAULT-VALUE})")
    int trajectories = 10;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels (default ${DEFAULT-VALUE})")
    int levels = 4;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol base rows; runs = N x (parameters + 2) "
            + "(default ${DEFAULT-VALUE})")
    int samples = 32;

    @Option(names = "--replications", paramLabel = "R", description = "Replications averaged per point (default ${DEFAULT-VALUE})")
    int replications = 1;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples (default ${DEFAULT-VALUE})")
    int bootstrap = 1000;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; an existing one with the same design "
            + "is resumed (default: outputs/sensitivity/<scenario>/<timestamp>)")
    Path out;


    @Option(names = "--fail-fast", description = "Stop at the first failed run")
    boolean failFast;


    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        if (replications < 1 || execution.threads < 1 || bootstrap < 10) {
            throw new UserInputException("--replications and --threads must be at least 1, --bootstrap at least 10");
        }
        List<String> figures = outputs.isEmpty() ? List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
                "leaveReasonShares.treatment") : outputs;
        List<RangeOption> ranges = new ArrayList<>();
        for (String p : params) {
            RangeOption r = RangeOption.parse(p, false);
            if (r.range().values() != null) {
                throw new UserInputException("--param " + p + ": sensitivity needs a range min:max");
            }
            ranges.add(r);
        }
        Batch batch = BatchConsole.batch(scenario, options, ranges);
        Path folder = out != null ? out : RunCommand.defaultFolder("sensitivity", batch.scenario().params().name());
        int k = ranges.size();
        long seed = batch.scenario().params().seed();
        Sensitivity.Plan plan;
        try {
            plan = method == Method.morris ? Sensitivity.morris(k, trajectories, levels, seed)
                    : Sensitivity.saltelli(k, samples);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        List<double[]> points = SensitivityStudy.points(plan, ranges.stream().map(RangeOption::range).toList());
        BatchFile.Design manifest = BatchFile.Design.sensitivity(method.name(), trajectories, levels, samples,
                params);
        PrintWriter o = spec.commandLine().getOut();
        Sweep.Outcome outcome;
        try {
            outcome = BatchConsole.run(batch, scenario, options, folder, manifest, points, replications, execution,
                    cluster.executor(execution.threads), failFast, o);
        } catch (Sweep.FailFastException e) {
            spec.commandLine().getErr().println("cxsim: " + e.getMessage());
            return Main.FAILED;
        }
        if (!outcome.failures().isEmpty()) {
            spec.commandLine().getErr().println("cxsim: some runs failed; rerun with the same options to retry "
                    + "them before the indices can be computed");
            return Main.FAILED;
        }
        List<SensitivityIndex> indices = SensitivityStudy.indices(plan, figures, batch.labels(),
                batch.results(folder).rows(figures), replications, bootstrap, seed);
        SensitivityTable.write(folder.resolve("sensitivity.csv"), method.name(), indices);
        ChartBook.drawSensitivity(folder, method.name(), Contexts.of(batch.scenario().params(), replications));
        if (!execution.quiet) {
            print(o, indices);
            o.printf("Wrote %ssensitivity.csv, charts/ and the runs in sweep.csv%n", RunCommand.displayPath(folder));
        }
        return 0;
    }

    private void print(PrintWriter o, List<SensitivityIndex> indices) {
        String main = method == Method.morris ? "mu*" : "ST";
        Map<String, List<SensitivityIndex>> byOutput = new LinkedHashMap<>();
        for (SensitivityIndex i : indices) {
            if (i.index().equals(main) || i.index().equals(method == Method.morris ? "sigma" : "S1")) {
                byOutput.computeIfAbsent(i.output(), x -> new ArrayList<>()).add(i);
            }
        }
        byOutput.forEach((output, list) -> {
            o.printf("%n%s%n", output);
            list.stream().filter(i -> i.index().equals(main))
                    .sorted(Comparator.comparingDouble((SensitivityIndex i) -> -Math.abs(i.value())))
                    .forEach(i -> {
                        SensitivityIndex other = list.stream().filter(x -> x.parameter().equals(i.parameter())
                                && !x.index().equals(main)).findFirst().orElseThrow();
                        o.printf(Locale.UK, "  %-55s %s %s [%s, %s]   %s %s%n", i.parameter(), main,
                                SummaryPrinter.figure(i.value()), SummaryPrinter.figure(i.low()),
                                SummaryPrinter.figure(i.high()), other.index(), SummaryPrinter.figure(other.value()));
                    });
        });
        o.flush();
    }
}
