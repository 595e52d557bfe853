package uk.cxsim.scenario;

import java.util.List;

/** Evidence targets and the parameters a calibration may move to reach them. */
public record TargetSet(String name, String description, List<Target> targets,
                        List<CalibrationParameter> parameters) {

    /** The targets a calibration fits: those whose role is calibration. */
    public List<Target> fitted() {
        return targets.stream().filter(t -> t.role() == TargetRole.CALIBRATION).toList();
    }

    /** This set with another's targets after its own (the calibration parameters are this set's). */
    public TargetSet with(TargetSet more) {
        List<Target> all = new java.util.ArrayList<>(targets);
        all.addAll(more.targets());
        return new TargetSet(name, description, List.copyOf(all), parameters);
    }

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
