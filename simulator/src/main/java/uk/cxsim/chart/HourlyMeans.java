package uk.cxsim.chart;

import java.util.Map;
import java.util.TreeMap;

import tech.tablesaw.api.Table;

import uk.cxsim.metrics.Interval;

/**
 * A measure of {@code hourly.csv} by hour of day for one channel: each replication's mean weighted by the calls that
 * joined the queue in the hour, then the mean over the replications with its 95% interval. Hours without calls
 * (the channel closed) are left out.
 */
final class HourlyMeans {
    private HourlyMeans() {
    }

    /** By hour of day (ascending), the measure in {@code column} times {@code scale}. */
    static Map<Integer, Interval> of(Table hourly, String channel, String column, double scale) {
        Map<Integer, Map<Integer, double[]>> byHour = new TreeMap<>();
        for (int r = 0; r < hourly.rowCount(); r++) {
            double calls = hourly.numberColumn("queueArrivals").getDouble(r);
            if (calls <= 0 || !hourly.stringColumn("channel").get(r).equals(channel)) {
                continue;
            }
            double[] sums = byHour.computeIfAbsent(hourly.intColumn("hour").get(r), h -> new TreeMap<>())
                    .computeIfAbsent(hourly.intColumn("replication").get(r), rep -> new double[2]);
            sums[0] += calls;
            sums[1] += calls * hourly.numberColumn(column).getDouble(r);
        }
        Map<Integer, Interval> out = new TreeMap<>();
        byHour.forEach((hour, reps) -> {
            double[] means = reps.values().stream().mapToDouble(s -> scale * s[1] / s[0]).toArray();
            out.put(hour, Interval.of(means));
        });
        return out;
    }
}
