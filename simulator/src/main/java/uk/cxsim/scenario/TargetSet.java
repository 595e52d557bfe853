package uk.cxsim.scenario;

import java.util.List;

/** Evidence targets and the parameters a calibration may move to reach them. */
public record TargetSet(String name, String description, List<Target> targets,
                        List<CalibrationParameter> parameters) {
}
