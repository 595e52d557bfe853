package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.batch.Batch;
import uk.cxsim.experiment.batch.Sensitivity;
import uk.cxsim.experiment.batch.SensitivityStudy;
import uk.cxsim.experiment.batch.Sweep;
import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.output.Formats;
import uk.cxsim.output.SensitivityTable;
import uk.cxsim.results.BatchFile;

/** {@code cxsim sensitivity}: Morris elementary effects or Sobol indices (Saltelli sampling) with bootstrap CIs. */
@Command(name = "sensitivity")
public final class SensitivityCommand extends CliCommand {
    enum Method { morris, sobol }

    @Option(names = "--method", paramLabel = "METHOD") Method method = Method.morris;
    @Option(names = "--output", paramLabel = "FIGURE") List<String> outputs = new ArrayList<>();
    @Option(names = "--trajectories", paramLabel = "R") int trajectories = 10;
    @Option(names = "--levels", paramLabel = "P") int levels = 4;
    @Option(names = "--samples", paramLabel = "N") int samples = 32;
    @Option(names = "--bootstrap", paramLabel = "B") int bootstrap = 1000;

    @Mixin BatchOptions options = new BatchOptions("KEY=MIN:MAX");

    @Override
    public Integer call() {
        OptionCheck.atLeast("--bootstrap", bootstrap, 10);
        List<String> figures = outputs.isEmpty() ? List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
                "leaveReasonShares.treatment") : outputs;
        BatchOptions.Prepared prepared = options.prepare("sensitivity", SensitivityCommand::range);
        Batch batch = prepared.batch();
        Path folder = prepared.folder();
        int k = prepared.ranges().size();
        long seed = prepared.seed();
        Sensitivity.Plan plan;
        try {
            plan = method == Method.morris ? Sensitivity.morris(k, trajectories, levels, seed)
                    : Sensitivity.saltelli(k, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        List<double[]> points = SensitivityStudy.points(plan, prepared.parameterRanges());
        BatchFile.Design manifest = BatchFile.Design.sensitivity(method.name(), trajectories, levels, samples,
                options.params.texts());
        Optional<Sweep.Outcome> outcome = options.run(batch, folder, manifest, points);
        if (outcome.isEmpty()) {
            return Main.FAILED;
        }
        if (!outcome.get().failures().isEmpty()) {
            spec.commandLine().getErr().println("cxsim: some runs failed; rerun with the same options to retry "
                    + "them before the indices can be computed");
            return Main.FAILED;
        }
        int replications = options.replications.count();
        List<SensitivityIndex> indices = SensitivityStudy.indices(plan, figures, batch.labels(),
                batch.results(folder).rows(figures), replications, bootstrap, seed);
        SensitivityTable.write(folder.resolve("sensitivity.csv"), method.name(), indices);
        ChartBook.drawSensitivity(folder, method.name(), ChartContext.of(batch.scenario().params(), replications));
        if (!options.sim.execution.quiet) {
            PrintWriter o = out();
            print(o, indices);
            o.printf("Wrote %ssensitivity.csv, charts/ and the runs in sweep.csv%n", Console.displayPath(folder));
        }
        return 0;
    }

    /** A --param as sensitivity reads it: a range min:max, not a list of values. */
    private static RangeOption range(String text) {
        RangeOption r = RangeOption.parse(text, false);
        if (r.range().values() != null) {
            throw new UserInputException("--param " + text + ": sensitivity needs a range min:max");
        }
        return r;
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
                                Formats.number(i.value()), Formats.number(i.low()),
                                Formats.number(i.high()), other.index(), Formats.number(other.value()));
                    });
        });
        o.flush();
    }
}
