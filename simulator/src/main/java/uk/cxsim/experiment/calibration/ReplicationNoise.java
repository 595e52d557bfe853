package uk.cxsim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.scenario.Target;

/**
 * The model's own noise on each value target, from a pilot: the start point run with more replications than an
 * evaluation uses. An evaluation averages R replications, so the noise on what it sees is the pilot's variance
 * between replications divided by R. One pilot serves every point: with common random numbers the noise hardly
 * depends on the point, and two replications per point would estimate it badly.
 */
public final class ReplicationNoise {
    private ReplicationNoise() {
    }

    /**
     * @param pilot        the start point's figures over at least two replications
     * @param replications replications each evaluation averages
     * @return one measure per value target, in the targets' order
     */
    public static List<HistoryMatching.Measure> measures(List<Target> targets, ReplicatedFigures pilot,
                                                         int replications) {
        List<HistoryMatching.Measure> out = new ArrayList<>();
        for (Target t : targets) {
            if (t instanceof Target.Value v) {
                Interval i = pilot.get(v.metric());
                double sd = Double.isNaN(i.sd()) ? 0 : i.sd();
                out.add(new HistoryMatching.Measure(v.metric(), v.expected(), v.absoluteTolerance(),
                        sd * sd / replications));
            }
        }
        return out;
    }
}
