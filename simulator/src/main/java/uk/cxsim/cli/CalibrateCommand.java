package uk.cxsim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.Calibrator;
import uk.cxsim.metrics.Check;
import uk.cxsim.output.Csv;
import uk.cxsim.output.OutputException;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.CalibrationParameter;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.ScenarioKeys;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.scenario.TargetSet;

/**
 * {@code cxsim calibrate}: fits the parameters listed in a targets file to its targets with CMA-ES or Nelder-Mead
 * over replicated runs with common random numbers; writes the fitted values as a scenario overlay and a fit table.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit behaviour parameters to evidence targets; writes fitted.yaml (an overlay scenario), "
                + "fit.csv and evaluations.csv.")
public final class CalibrateCommand implements Callable<Integer> {
    enum Method { cmaes, nelder_mead }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file to calibrate")
    Path scenario;

    @Option(names = "--targets", required = true, paramLabel = "FILE",
            description = "Targets and parameters to fit, e.g. scenarios/targets/uk-2009.yaml")
    Path targets;

    @Option(names = "--replications", paramLabel = "R", description = "Replications per evaluation (default ${DEFAULT-VALUE})")
    int replications = 2;

    @Option(names = "--max-evaluations", paramLabel = "N", description = "Evaluation budget (default ${DEFAULT-VALUE})")
    int maxEvaluations = 200;

    @Option(names = "--method", paramLabel = "METHOD", description = "cmaes or nelder_mead (default ${DEFAULT-VALUE})")
    Method method = Method.cmaes;

    @Option(names = "--sigma", paramLabel = "S",
            description = "Initial step as a share of each parameter's range (default ${DEFAULT-VALUE})")
    double sigma = 0.15;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: outputs/calibration/<scenario>/<timestamp>)")
    Path out;



    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Override
    public Integer call() throws IOException {
        if (replications < 1 || maxEvaluations < 1 || execution.threads < 1 || !(sigma > 0 && sigma <= 1)) {
            throw new UserInputException("--replications, --max-evaluations and --threads must be at least 1; "
                    + "--sigma must be in (0, 1]");
        }
        LoadedScenario base = options.load(scenario);
        TargetSet set = TargetFile.load(targets);
        if (set.parameters().isEmpty()) {
            throw new UserInputException(targets + ": lists no parameters under 'calibrate:'");
        }
        List<ParameterBinding> plans = new ArrayList<>();
        for (CalibrationParameter p : set.parameters()) {
            plans.add(ParameterBinding.resolve(base, p.key(), p.scale()));
        }
        int d = plans.size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        double[] start = new double[d];
        for (int k = 0; k < d; k++) {
            lower[k] = set.parameters().get(k).min();
            upper[k] = set.parameters().get(k).max();
            double current = plans.get(k).current();
            start[k] = Double.isNaN(current) ? (lower[k] + upper[k]) / 2
                    : Math.max(lower[k], Math.min(upper[k], current));
        }
        Path target = out != null ? out : RunCommand.defaultFolder("calibration", base.params().name());
        try (RunFolder folder = RunFolder.prepare(target);
             BufferedWriter log = Files.newBufferedWriter(folder.staging().resolve("evaluations.csv"),
                     StandardCharsets.UTF_8);
             ProgressCounter progress = new ProgressCounter("calibrate", maxEvaluations, "runs", execution.quiet)) {
            log.write("evaluation,objective");
            for (ParameterBinding p : plans) {
                log.write("," + csv(p.label()));
            }
            log.newLine();
            Calibrator.Settings settings = new Calibrator.Settings(
                    method == Method.cmaes ? Calibrator.Method.CMAES : Calibrator.Method.NELDER_MEAD,
                    maxEvaluations, sigma, replications, execution.threads, base.params().seed());
            Calibrator calibrator = new Calibrator(set.targets(), lower, upper,
                    values -> options.load(scenario, ParameterBinding.overrides(plans, values)).params(), settings,
                    (n, values, objective, best) -> {
                        progress.stepTo(Math.min(n, maxEvaluations));
                        progress.extra(String.format(Locale.UK, "best %.3g", best));
                        writeRow(log, n, objective, values);
                    });
            Calibrator.Result result = calibrator.run(start);
            log.flush();
            progress.close();
            folder.writeText("fitted.yaml", fittedYaml(base, target, set, plans, result));
            folder.writeText("fit.csv", fitCsv(result.checks()));
            folder.commit();
            if (!execution.quiet) {
                var o = spec.commandLine().getOut();
                o.printf(Locale.UK, "Best objective %.4g after %d evaluations (%d replications of %,d customers)%n",
                        result.objective(), result.evaluations(), replications, base.params().customers());
                for (int k = 0; k < d; k++) {
                    o.printf(Locale.UK, "  %-60s %s%n", plans.get(k).label(),
                            fmt(result.values()[k]));
                }
                if (result.checks() != null) {
                    CheckTable.print(o, result.checks());
                }
                o.printf("Wrote %s (fitted.yaml runs as a scenario: ./cxsim run %sfitted.yaml)%n",
                        RunCommand.displayPath(folder.target()), RunCommand.displayPath(folder.target()));
            }
        }
        return 0;
    }

    private String fittedYaml(LoadedScenario base, Path target, TargetSet set, List<ParameterBinding> plans,
                              Calibrator.Result result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Path scenarioFile = scenario.toAbsolutePath().normalize();
        doc.put("extends", target.toAbsolutePath().normalize().relativize(scenarioFile).toString());
        doc.put("name", base.params().name() + "-fitted");
        Map<String, Double> rounded = new LinkedHashMap<>();
        for (int k = 0; k < plans.size(); k++) {
            plans.get(k).assignments(result.values()[k]).forEach((key, v) -> rounded.put(key, Double.parseDouble(fmt(v))));
        }
        doc.putAll(ScenarioKeys.nest(rounded));
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(120);
        String header = String.format(Locale.UK, "# Fitted by cxsim calibrate on %s against %s (%s):%n"
                        + "# objective %.4g after %d evaluations, %d replications of %,d customers, seed %d.%n"
                        + "# Run it as a scenario, or copy the values into %s.%n",
                LocalDateTime.now().withNano(0), targets, set.name(), result.objective(), result.evaluations(),
                replications, base.params().customers(), base.params().seed(), scenario);
        return header + new Yaml(dump).dump(doc);
    }

    private static String fitCsv(List<Check> checks) {
        StringBuilder sb = new StringBuilder("check,expected,simulated,tolerance,pass,penalty,source\n");
        if (checks != null) {
            for (Check c : checks) {
                sb.append(csv(c.name())).append(',').append(csv(c.expected())).append(',')
                        .append(csv(c.simulated())).append(',').append(csv(c.tolerance())).append(',')
                        .append(c.pass()).append(',').append(fmt(c.penalty())).append(',').append(csv(c.source()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static void writeRow(BufferedWriter log, int n, double objective, double[] values) {
        try {
            StringBuilder sb = new StringBuilder().append(n).append(',').append(fmt(objective));
            for (double v : values) {
                sb.append(',').append(fmt(v));
            }
            log.write(sb.toString());
            log.newLine();
            log.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write evaluations.csv: " + e.getMessage(), e);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(String s) {
        return Csv.quote(s);
    }
}
