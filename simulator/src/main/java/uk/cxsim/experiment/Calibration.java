package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.scenario.CalibrationParameter;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.scenario.TargetSet;

/**
 * A calibration set up against a scenario: the targets file's parameters bound to the scenario's keys, their
 * bounds, and where the search starts (the scenario's own values clamped into the bounds; mid-range for a key the
 * scenario does not set, and 1 for a multiplier).
 */
public final class Calibration {
    private final TargetSet set;
    private final ScenarioSource source;
    private final List<ParameterBinding> bindings = new ArrayList<>();
    private final double[] lower;
    private final double[] upper;
    private final double[] start;

    /**
     * @param base the scenario as {@code source} loads it without further overrides
     */
    public Calibration(ScenarioSource source, LoadedScenario base, TargetSet set) {
        this.set = set;
        this.source = source;
        for (CalibrationParameter p : set.parameters()) {
            bindings.add(ParameterBinding.resolve(base, p.key(), p.scale()));
        }
        int d = bindings.size();
        lower = new double[d];
        upper = new double[d];
        start = new double[d];
        for (int k = 0; k < d; k++) {
            lower[k] = set.parameters().get(k).min();
            upper[k] = set.parameters().get(k).max();
            double current = bindings.get(k).current();
            start[k] = Double.isNaN(current) ? (lower[k] + upper[k]) / 2
                    : Math.max(lower[k], Math.min(upper[k], current));
        }
    }

    /** The parameters fitted, in the targets file's order. */
    public List<ParameterBinding> bindings() {
        return bindings;
    }

    /** Searches from the start point with common random numbers across evaluations. */
    public Calibrator.Result run(Calibrator.Settings settings, Calibrator.Listener listener) {
        Calibrator calibrator = new Calibrator(set.targets(), lower, upper,
                values -> source.load(ParameterBinding.overrides(bindings, values)).params(), settings, listener);
        return calibrator.run(start);
    }
}
