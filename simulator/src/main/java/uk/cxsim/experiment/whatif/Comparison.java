package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.RunSummary;

/**
 * A variant against a baseline, figure by figure. Both ran the same replications with the same seeds (common
 * random numbers), so the difference is taken replication by replication and its confidence interval is the
 * paired one: much narrower than comparing two independent means.
 */
public final class Comparison {
    private Comparison() {
    }

    public static List<ComparisonRow> of(List<RunSummary> baseline, List<RunSummary> variant) {
        if (baseline.size() != variant.size()) {
            throw new IllegalArgumentException("baseline and variant need the same replications");
        }
        int r = baseline.size();
        List<Map<String, Double>> b = baseline.stream().map(RunSummary::figures).toList();
        List<Map<String, Double>> v = variant.stream().map(RunSummary::figures).toList();
        List<ComparisonRow> rows = new ArrayList<>();
        for (String metric : b.get(0).keySet()) {
            if (!v.get(0).containsKey(metric)) {
                continue;
            }
            double[] diff = new double[r];
            double bs = 0;
            double vs = 0;
            for (int k = 0; k < r; k++) {
                diff[k] = v.get(k).get(metric) - b.get(k).get(metric);
                bs += b.get(k).get(metric);
                vs += v.get(k).get(metric);
            }
            Interval d = Interval.of(diff);
            double saved = metric.endsWith("Gbp") ? -d.mean() : Double.NaN;
            rows.add(new ComparisonRow(metric, bs / r, vs / r, d, saved));
        }
        return rows;
    }
}
