package uk.cxsim.experiment.calibration;

import java.util.List;
import java.util.function.Function;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.validation.TargetChecks;
import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Target;

/**
 * Fits parameters to targets. Each evaluation runs the same replications (the same seeds: common random numbers),
 * so differences between evaluations come from the parameters, not from noise. The optimiser works in the unit box
 * (each parameter mapped from [min, max] to [0, 1]); the objective is the sum of the targets' penalties.
 */
public final class Calibrator {
    /** Optimisers offered. */
    public enum Method { CMAES, NELDER_MEAD }

    /**
     * @param sigma initial step as a share of each parameter's range
     */
    public record Settings(Method method, int maxEvaluations, double sigma, int replications, int threads,
                           long optimizerSeed) {
    }

    /** Told after each evaluation. */
    public interface Listener {
        void evaluated(int evaluation, double[] values, double objective, double bestObjective);
    }

    /** The best point found. */
    public record Result(double[] values, double objective, List<Check> checks, ReplicatedFigures figures,
                         int evaluations) {
    }

    /** Objective of a parameter set the scenario rejects. */
    static final double INVALID = 1e9;

    private final List<Target> targets;
    private final double[] lower;
    private final double[] upper;
    private final Function<double[], ScenarioParams> build;
    private final Settings settings;
    private final Listener listener;

    private int evaluations;
    private double bestObjective = Double.POSITIVE_INFINITY;
    private double[] bestValues;
    private List<Check> bestChecks;
    private ReplicatedFigures bestFigures;

    /**
     * @param build turns parameter values (in their own units) into a scenario; may throw for invalid values
     */
    public Calibrator(List<Target> targets, double[] lower, double[] upper,
                      Function<double[], ScenarioParams> build, Settings settings, Listener listener) {
        this.targets = targets;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.build = build;
        this.settings = settings;
        this.listener = listener;
    }

    public Result run(double[] start) {
        int d = start.length;
        double[] x0 = new double[d];
        for (int k = 0; k < d; k++) {
            x0[k] = clamp((start[k] - lower[k]) / (upper[k] - lower[k]));
        }
        ObjectiveFunction f = new ObjectiveFunction(this::evaluateUnit);
        try {
            if (settings.method() == Method.CMAES) {
                double[] sigma = new double[d];
                java.util.Arrays.fill(sigma, settings.sigma());
                double[] zeros = new double[d];
                double[] ones = new double[d];
                java.util.Arrays.fill(ones, 1.0);
                int population = 4 + (int) Math.floor(3 * Math.log(d));
                new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(settings.optimizerSeed()),
                        false, null).optimize(new MaxEval(settings.maxEvaluations()), new MaxIter(Integer.MAX_VALUE),
                        f, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(zeros, ones),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
            } else {
                new SimplexOptimizer(1e-6, 1e-9).optimize(new MaxEval(settings.maxEvaluations()),
                        new MaxIter(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(x0),
                        new NelderMeadSimplex(d, settings.sigma()));
            }
        } catch (TooManyEvaluationsException e) {
            // the evaluation budget is spent: keep the best point seen
        }
        if (bestValues == null) {
            evaluateUnit(x0);
        }
        return new Result(bestValues, bestObjective, bestChecks, bestFigures, evaluations);
    }

    /** Runs the replications at one point given in the unit box. */
    private double evaluateUnit(double[] unit) {
        double[] values = new double[unit.length];
        double outside = 0;
        for (int k = 0; k < unit.length; k++) {
            double u = clamp(unit[k]);
            outside += (u - unit[k]) * (u - unit[k]);
            values[k] = lower[k] + u * (upper[k] - lower[k]);
        }
        evaluations++;
        double objective;
        List<Check> checks = null;
        ReplicatedFigures figures = null;
        try {
            ScenarioParams p = build.apply(values);
            figures = new ReplicatedFigures(Replications.run(p, 0, settings.replications(), settings.threads(),
                    ProgressListener.NONE));
            checks = TargetChecks.evaluate(targets, figures);
            objective = TargetChecks.objective(checks) + 1e3 * outside;
        } catch (ScenarioException e) {
            objective = INVALID;
        }
        if (objective < bestObjective) {
            bestObjective = objective;
            bestValues = values;
            bestChecks = checks;
            bestFigures = figures;
        }
        listener.evaluated(evaluations, values, objective, bestObjective);
        return objective;
    }

    private static double clamp(double u) {
        return Math.max(0, Math.min(1, u));
    }
}
