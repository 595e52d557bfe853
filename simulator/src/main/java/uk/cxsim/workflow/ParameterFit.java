package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.List;

import uk.cxsim.experiment.calibration.Calibration;
import uk.cxsim.experiment.calibration.Calibrator;
import uk.cxsim.output.EvaluationLog;
import uk.cxsim.output.FitTable;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.FittedScenario;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.TargetSet;

/**
 * A calibration ({@code cxsim calibrate}): the parameters a target file lists, fitted to its targets, then the
 * folder: fitted.yaml (an overlay of the scenario that runs as one), fit.csv (each target against the fit) and
 * evaluations.csv (every point tried, written as the fit goes).
 */
public final class ParameterFit {
    /**
     * What to fit, and where to write.
     *
     * @param scenario the scenario file fitted (the overlay extends it)
     * @param targets  the target file
     */
    public record Job(Path scenario, Path targets, TargetSet set, LoadedScenario base, Path out) {
    }

    private ParameterFit() {
    }

    /** Fits, then writes the folder (staged, then moved into place). */
    public static Calibrator.Result run(Job job, Calibration calibration, Calibrator.Settings settings,
                                        Calibrator.Listener listener) {
        List<ParameterBinding> plans = calibration.bindings();
        try (RunFolder folder = RunFolder.prepare(job.out())) {
            Calibrator.Result result;
            try (EvaluationLog log = new EvaluationLog(folder.staging().resolve("evaluations.csv"),
                    plans.stream().map(ParameterBinding::label).toList())) {
                result = calibration.run(settings, (n, values, objective, best) -> {
                    listener.evaluated(n, values, objective, best);
                    log.write(n, objective, values);
                });
            }
            FittedScenario.Fit fit = new FittedScenario.Fit(job.targets(), job.set().name(), result.objective(),
                    result.evaluations(), settings.replications(), job.base().params().customers(),
                    job.base().params().seed());
            folder.writeText("fitted.yaml", FittedScenario.yaml(job.scenario(), job.out(),
                    job.base().params().name(), plans, result.values(), fit));
            folder.writeText("fit.csv", FitTable.csv(result.checks()));
            folder.commit();
            return result;
        }
    }
}
