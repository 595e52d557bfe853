package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.calibration.Calibration;
import uk.cxsim.experiment.calibration.Calibrator;
import uk.cxsim.experiment.calibration.HistoryMatching;
import uk.cxsim.scenario.CalibrationParameter;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.ParameterTable;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.scenario.TargetSet;
import uk.cxsim.workflow.EnsembleMatching;
import uk.cxsim.workflow.ParameterFit;

/**
 * {@code cxsim calibrate}: fits the parameters listed in a targets file to its targets with CMA-ES or Nelder-Mead
 * over replicated runs with common random numbers; writes the fitted values as a scenario overlay and a fit table.
 */
@Command(name = "calibrate")
public final class CalibrateCommand extends CliCommand {
    enum Method { cmaes, nelder_mead }

    @Parameters(index = "0", paramLabel = "SCENARIO") Path scenario;
    @Option(names = "--targets", required = true, paramLabel = "FILE") Path targets;
    @Mixin ReplicationsOption replications = new ReplicationsOption(2);
    @Option(names = "--max-evaluations", paramLabel = "N") int maxEvaluations = 200;
    @Option(names = "--method", paramLabel = "METHOD") Method method = Method.cmaes;
    @Option(names = "--sigma", paramLabel = "S") double sigma = 0.15;
    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--ensemble", paramLabel = "K") Integer ensemble;
    @Option(names = "--wave-size", paramLabel = "N") int waveSize = 20;
    @Option(names = "--around", paramLabel = "SHARE") double around = 1.0;
    @Option(names = "--pilot-replications", paramLabel = "R") int pilotReplications = 4;
    @Option(names = "--sample-assumed", paramLabel = "KEY") List<String> sampleAssumed = new ArrayList<>();
    @Mixin SimulationOptions sim = new SimulationOptions();

    @Override
    public Integer call() {
        replications.check();
        OptionCheck.atLeast("--max-evaluations", maxEvaluations, 1);
        sim.execution.check();
        OptionCheck.require(sigma > 0 && sigma <= 1, "--sigma", "in (0, 1]", sigma);
        LoadedScenario base = sim.scenario.load(scenario);
        TargetSet set = TargetFile.load(targets);
        if (set.parameters().isEmpty()) {
            throw new UserInputException(targets + ": lists no parameters under 'calibrate:'");
        }
        Calibration calibration = new Calibration(extra -> sim.scenario.load(scenario, extra), base, set);
        List<ParameterBinding> plans = calibration.bindings();
        Path target = out.orDefault("calibration", base.params().name());
        if (ensemble != null) {
            if (!sampleAssumed.isEmpty()) {
                ParameterTable table = ParameterTable.ukBaseline();
                calibration = calibration.sampling(sampleAssumed.stream().map(k -> assumed(table, k)).toList());
            }
            return matchHistory(base, set, calibration, target);
        }
        if (!sampleAssumed.isEmpty()) {
            throw new UserInputException("--sample-assumed works with --ensemble only: a single fit moves the fitted "
                    + "parameters, an ensemble samples assumptions across their ranges");
        }
        Calibrator.Settings settings = new Calibrator.Settings(
                method == Method.cmaes ? Calibrator.Method.CMAES : Calibrator.Method.NELDER_MEAD,
                maxEvaluations, sigma, replications.count(), sim.execution.threads, base.params().seed());
        Calibrator.Result result;
        try (ProgressCounter progress = ProgressCounter.onTerminal("calibrate", maxEvaluations, "runs",
                sim.execution.quiet)) {
            result = ParameterFit.run(new ParameterFit.Job(scenario, targets, set, base, target), calibration,
                    settings, (n, values, objective, best) -> {
                        progress.stepTo(Math.min(n, maxEvaluations));
                        progress.extra(String.format(Locale.UK, "best %.3g", best));
                    });
        }
        if (!sim.execution.quiet) {
            var o = out();
            o.printf(Locale.UK, "Best objective %.4g after %d evaluations (%d replications of %,d customers)%n",
                    result.objective(), result.evaluations(), replications.count(), base.params().customers());
            for (int k = 0; k < plans.size(); k++) {
                o.printf(Locale.UK, "  %-60s %s%n", plans.get(k).label(), String.format(Locale.ROOT, "%.6g",
                        result.values()[k]));
            }
            if (result.checks() != null) {
                CheckTable.print(o, result.checks());
            }
            o.printf("Wrote %s (fitted.yaml runs as a scenario: ./cxsim run %sfitted.yaml)%n",
                    Console.displayPath(target), Console.displayPath(target));
        }
        return 0;
    }

    private static CalibrationParameter assumed(ParameterTable table, String key) {
        try {
            return table.assumed(key);
        } catch (ScenarioException e) {
            throw new UserInputException("--sample-assumed " + e.getMessage());
        }
    }

    private int matchHistory(LoadedScenario base, TargetSet set, Calibration calibration, Path target) {
        OptionCheck.atLeast("--ensemble", ensemble, 1);
        OptionCheck.atLeast("--wave-size", waveSize, 2);
        OptionCheck.require(around > 0 && around <= 1, "--around", "in (0, 1]", around);
        OptionCheck.atLeast("--pilot-replications", pilotReplications, 2);
        HistoryMatching.Settings settings = new HistoryMatching.Settings(ensemble, maxEvaluations, waveSize, around,
                base.params().seed());
        EnsembleMatching.Job job = new EnsembleMatching.Job(scenario, targets, set, base.params(), target,
                replications.count(), pilotReplications, sim.execution.threads, sim.execution.quiet);
        return EnsembleCalibration.run(job, calibration, settings, out());
    }
}
