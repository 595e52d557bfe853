package uk.cxsim.experiment.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/** Which pairs of parameters trade off among points that fit: the pairs most correlated across them. */
public final class TradeOffs {
    /** Parameters {@code first} and {@code second} (indices) and their correlation across the points. */
    public record Pair(int first, int second, double correlation) {
    }

    private TradeOffs() {
    }

    /**
     * @param points parameter values, one array per point (at least three points for a correlation)
     * @return up to {@code count} pairs, strongest absolute correlation first; pairs without one (a constant
     *         parameter, too few points) count as 0
     */
    public static List<Pair> strongest(List<double[]> points, int count) {
        if (points.isEmpty()) {
            return List.of();
        }
        int d = points.get(0).length;
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                pairs.add(new Pair(i, j, correlation(points, i, j)));
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -Math.abs(p.correlation())));
        return pairs.subList(0, Math.min(count, pairs.size()));
    }

    static double correlation(List<double[]> points, int i, int j) {
        if (points.size() < 3) {
            return 0;
        }
        double r = new PearsonsCorrelation().correlation(points.stream().mapToDouble(p -> p[i]).toArray(),
                points.stream().mapToDouble(p -> p[j]).toArray());
        return Double.isNaN(r) ? 0 : r;
    }
}
