package uk.cxsim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.experiment.batch.ScenarioSource;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.CalibrationParameter;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.TargetSet;

/**
 * A calibration set up against a scenario: the targets file's parameters bound to the scenario's keys, their
 * bounds, and where the search starts (the scenario's own values clamped into the bounds; mid-range for a key the
 * scenario does not set, and 1 for a multiplier). For history matching, assumed parameters may be sampled jointly
 * with the fitted ones ({@link #sampling}): each across its whole plausible range from wave 1, never fitted by
 * {@link #run}; a member must still meet every target with them.
 */
public final class Calibration {
    private final TargetSet set;
    private final ScenarioSource source;
    private final LoadedScenario base;
    private final List<CalibrationParameter> assumed;
    private final List<ParameterBinding> bindings = new ArrayList<>();
    private final double[] lower;
    private final double[] upper;
    private final double[] start;
    private final boolean[] sampled;
    private final int fitted;

    /**
     * @param base the scenario as {@code source} loads it without further overrides
     */
    public Calibration(ScenarioSource source, LoadedScenario base, TargetSet set) {
        this(source, base, set, List.of());
    }

    private Calibration(ScenarioSource source, LoadedScenario base, TargetSet set,
                        List<CalibrationParameter> assumed) {
        this.set = set;
        this.source = source;
        this.base = base;
        this.assumed = List.copyOf(assumed);
        List<CalibrationParameter> all = new ArrayList<>(set.parameters());
        all.addAll(assumed);
        fitted = set.parameters().size();
        for (CalibrationParameter p : all) {
            bindings.add(ParameterBinding.resolve(base, p.key(), p.scale()));
        }
        int d = bindings.size();
        lower = new double[d];
        upper = new double[d];
        start = new double[d];
        sampled = new boolean[d];
        for (int k = 0; k < d; k++) {
            sampled[k] = k >= fitted;
            lower[k] = all.get(k).min();
            upper[k] = all.get(k).max();
            double current = bindings.get(k).current();
            start[k] = Double.isNaN(current) ? (lower[k] + upper[k]) / 2
                    : Math.max(lower[k], Math.min(upper[k], current));
        }
    }

    /** The same calibration, whose history matching also samples {@code assumed} across their whole ranges. */
    public Calibration sampling(List<CalibrationParameter> assumed) {
        List<CalibrationParameter> all = new ArrayList<>(this.assumed);
        all.addAll(assumed);
        return new Calibration(source, base, set, all);
    }

    /** The parameters fitted, in the targets file's order, then any assumed ones sampled. */
    public List<ParameterBinding> bindings() {
        return bindings;
    }

    /**
     * Finds parameter sets that all fit by {@link HistoryMatching}, from the start point. A pilot of
     * {@code pilotReplications} at the start measures the model's noise ({@link ReplicationNoise}); every point then
     * runs the same {@code replications} (common random numbers).
     */
    public HistoryMatching.Result matchHistory(HistoryMatching.Settings settings, int replications,
                                               int pilotReplications, int threads, HistoryMatching.Listener listener) {
        ModelEvaluator evaluator = new ModelEvaluator(set.fitted(), this::build, replications, threads);
        ReplicatedFigures pilot = new ModelEvaluator(set.fitted(), this::build, pilotReplications, threads)
                .run(build(start));
        List<HistoryMatching.Measure> measures = ReplicationNoise.measures(set.fitted(), pilot, replications);
        return new HistoryMatching(measures, lower, upper, sampled, settings).run(start, evaluator, listener);
    }

    private ScenarioParams build(double[] values) {
        return source.load(ParameterBinding.overrides(bindings, values)).params();
    }

    /** Searches from the start point with common random numbers across evaluations. */
    public Calibrator.Result run(Calibrator.Settings settings, Calibrator.Listener listener) {
        if (fitted < bindings.size()) {
            throw new IllegalStateException("a calibration samples assumed parameters only when it matches history");
        }
        Calibrator calibrator = new Calibrator(set.fitted(), lower, upper,
                this::build, settings, listener);
        return calibrator.run(start);
    }
}
