package uk.cxsim.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import uk.cxsim.metrics.Interval;

/** The means of intervals and the half widths their error bars are drawn with. */
final class ErrorBars {
    private ErrorBars() {
    }

    static List<Double> means(Collection<Interval> intervals) {
        return new ArrayList<>(intervals.stream().map(Interval::mean).toList());
    }

    /** Half widths, 0 where there is no interval (a single replication). */
    static List<Double> halfWidths(Collection<Interval> intervals) {
        return new ArrayList<>(intervals.stream().map(i -> Double.isNaN(i.halfWidth()) ? 0.0 : i.halfWidth())
                .toList());
    }
}
