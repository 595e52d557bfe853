package uk.cxsim.scenario;

import java.util.List;

/** Evidence targets and the parameters a calibration may move to reach them. */
public record TargetSet(String name, String description, List<Target> targets,
                        List<CalibrationParameter> parameters) {

    /** Every figure the targets read, in order, each once. */
    public List<String> metrics() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Target t : targets) {
            if (t instanceof Target.Value v) {
                names.add(v.metric());
            } else if (t instanceof Target.Order o) {
                names.addAll(o.metrics());
            }
        }
        return List.copyOf(names);
    }
}
