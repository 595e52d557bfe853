package uk.cxsim.experiment.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.validation.TargetChecks;
import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Target;

/**
 * Evaluates a point with the simulator: the same replications at every point (common random numbers), every target
 * checked as {@code cxsim validate} checks it. A point the scenario rejects simulates nothing (NaN) and fails.
 */
final class ModelEvaluator implements HistoryMatching.Evaluator {
    private final List<Target> targets;
    private final Function<double[], ScenarioParams> build;
    private final int replications;
    private final int threads;

    ModelEvaluator(List<Target> targets, Function<double[], ScenarioParams> build, int replications, int threads) {
        this.targets = targets;
        this.build = build;
        this.replications = replications;
        this.threads = threads;
    }

    @Override
    public HistoryMatching.Evaluation evaluate(double[] values) {
        List<Target.Value> measured = targets.stream().filter(Target.Value.class::isInstance)
                .map(Target.Value.class::cast).toList();
        ReplicatedFigures figures;
        try {
            figures = run(build.apply(values));
        } catch (ScenarioException e) {
            double[] none = new double[measured.size()];
            Arrays.fill(none, Double.NaN);
            return new HistoryMatching.Evaluation(none, false, List.of());
        }
        List<Check> checks = TargetChecks.evaluate(targets, figures);
        double[] simulated = measured.stream().mapToDouble(t -> figures.get(t.metric()).mean()).toArray();
        return new HistoryMatching.Evaluation(simulated, checks.stream().allMatch(Check::pass), checks);
    }

    ReplicatedFigures run(ScenarioParams p) {
        return new ReplicatedFigures(Replications.run(p, 0, replications, threads, ProgressListener.NONE));
    }
}
