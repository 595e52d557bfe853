package uk.cxsim.experiment.discovery;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One box on a PRIM trajectory and how good it is, as EMA Workbench defines it: {@code coverage} is the share of all
 * cases of interest in the table that fall in the box, {@code density} the share of the box's rows that are cases of
 * interest, {@code mass} the share of all rows in the box. {@link #limits()} names only the inputs the box restricts,
 * each with its [low, high] (the side it does not cut at the table's own smallest or largest value, as EMA Workbench
 * gives it); a row is in the box when every restricted input lies within its limits.
 */
public final class PrimBox {
    /** How a box came to be: the starting box, a peel, or a paste. */
    public enum Phase { START, PEEL, PASTE }

    private final int step;
    private final Phase phase;
    private final PrimLimits edges;
    private final Map<String, double[]> limits;
    private final Set<String> cutBelow = new HashSet<>();
    private final Set<String> cutAbove = new HashSet<>();
    private final int rows;
    private final int cases;
    private final double coverage;
    private final double density;
    private final double mass;

    PrimBox(int step, Phase phase, PrimLimits edges, List<String> inputs, PrimLimits whole, int rows, int cases,
            int allRows, int allCases) {
        this.step = step;
        this.phase = phase;
        this.edges = edges;
        Map<String, double[]> l = new LinkedHashMap<>();
        for (int j = 0; j < inputs.size(); j++) {
            if (edges.restricts(j, whole)) {
                l.put(inputs.get(j), new double[]{edges.low(j), edges.high(j)});
                if (edges.low(j) > whole.low(j)) {
                    cutBelow.add(inputs.get(j));
                }
                if (edges.high(j) < whole.high(j)) {
                    cutAbove.add(inputs.get(j));
                }
            }
        }
        this.limits = Collections.unmodifiableMap(l);
        this.rows = rows;
        this.cases = cases;
        this.coverage = allCases == 0 ? Double.NaN : (double) cases / allCases;
        this.density = rows == 0 ? Double.NaN : (double) cases / rows;
        this.mass = (double) rows / allRows;
    }

    /** Its place on the trajectory, from 0 (the starting box). */
    public int step() {
        return step;
    }

    public Phase phase() {
        return phase;
    }

    /** The restricted inputs and their [low, high], in input order; unrestricted inputs are absent. */
    public Map<String, double[]> limits() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        limits.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Whether the box leaves out the input's lowest values (its low limit is above the table's smallest). */
    public boolean cutsBelow(String input) {
        return cutBelow.contains(input);
    }

    /** Whether the box leaves out the input's highest values. */
    public boolean cutsAbove(String input) {
        return cutAbove.contains(input);
    }

    public int restrictedDimensions() {
        return limits.size();
    }

    /** Rows in the box (of those still in play when it was found). */
    public int rows() {
        return rows;
    }

    /** Cases of interest in the box. */
    public int cases() {
        return cases;
    }

    public double coverage() {
        return coverage;
    }

    public double density() {
        return density;
    }

    public double mass() {
        return mass;
    }

    PrimLimits edges() {
        return edges;
    }
}
