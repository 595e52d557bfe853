package uk.cxsim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


/** Every headline figure across replications: mean, standard deviation and 95% confidence interval. */
public final class ReplicatedFigures {
    private final Map<String, Interval> figures = new LinkedHashMap<>();
    private final Map<String, Interval> onRequest = new LinkedHashMap<>();
    private final List<RunSummary> runs;
    private final int replications;

    public ReplicatedFigures(List<RunSummary> runs) {
        this.runs = List.copyOf(runs);
        this.replications = runs.size();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (Map.Entry<String, Double> e : runs.get(r).figures().entrySet()) {
                values.computeIfAbsent(e.getKey(), k -> new double[runs.size()])[r] = e.getValue();
            }
        }
        values.forEach((k, v) -> figures.put(k, Interval.of(v)));
    }

    public int replications() {
        return replications;
    }

    public Map<String, Interval> all() {
        return figures;
    }

    /** The figure with this name (a listed one, or one computed on request); fails if there is none. */
    public Interval get(String name) {
        Interval i = figures.get(name);
        if (i == null) {
            i = computed(name);
        }
        if (i == null) {
            throw new IllegalArgumentException("no figure named '" + name + "'");
        }
        return i;
    }

    /** The figure in each replication, in order; fails if there is none. */
    public double[] values(String name) {
        get(name);
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            Double x = runs.get(r).figures().get(name);
            v[r] = x != null ? x : runs.get(r).figure(name);
        }
        return v;
    }

    public boolean has(String name) {
        return figures.containsKey(name) || computed(name) != null;
    }

    private Interval computed(String name) {
        if (onRequest.containsKey(name)) {
            return onRequest.get(name);
        }
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            Double x = runs.get(r).figure(name);
            if (x == null) {
                return null;
            }
            v[r] = x;
        }
        Interval i = v.length == 0 ? null : Interval.of(v);
        onRequest.put(name, i);
        return i;
    }

    /** Names matching a pattern where {@code *} stands for any text. */
    public List<String> matching(String pattern) {
        Pattern p = Pattern.compile(("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q"));
        List<String> out = new ArrayList<>();
        for (String k : figures.keySet()) {
            if (p.matcher(k).matches()) {
                out.add(k);
            }
        }
        return out;
    }
}
