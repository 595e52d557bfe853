package uk.cxsim.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Friedman and Fisher's patient rule induction method for scenario discovery, as EMA Workbench runs it on a binary
 * outcome. Peeling: from the box around every row, try cutting about {@link PrimSettings#peelAlpha()} of the box's
 * rows from the bottom or the top of each input, and keep the cut that raises the density most per row removed
 * (EMA's "lenient1" objective; ties go to the cut that restricts fewer inputs); stop when no cut raises the density
 * or the box would hold less than {@link PrimSettings#massMin()} of all rows. Pasting: widen the peeled box, one edge
 * at a time, by the {@link PrimSettings#pasteAlpha()} share of the rows just outside it, while that raises the
 * density. Every box along the way is kept (the trajectory); the last whose density reaches the threshold is chosen.
 * Covering: for more than one box, the rows in the chosen box are set aside and the search starts again on the rest.
 */
public final class Prim {
    private final PrimData data;
    private final PrimSettings settings;
    private final PrimLimits whole;
    private final int allCases;

    public Prim(PrimData data, PrimSettings settings) {
        this.data = data;
        this.settings = settings;
        this.whole = data.whole();
        this.allCases = data.cases();
    }

    /**
     * Up to {@code boxes} searches by covering. The first search's box is the one at trajectory step
     * {@code firstStep} when that is 0 or more, else the last reaching the threshold; later searches always use the
     * threshold. Stops early when a search chooses no box or no case of interest is left.
     */
    public List<PrimTrajectory> discover(int boxes, int firstStep) {
        if (boxes < 1) {
            throw new IllegalArgumentException("boxes must be at least 1, found " + boxes);
        }
        boolean[] inPlay = new boolean[data.rows()];
        Arrays.fill(inPlay, true);
        List<PrimTrajectory> out = new ArrayList<>();
        for (int number = 1; number <= boxes && casesIn(rowsIn(inPlay)) > 0; number++) {
            List<PrimBox> steps = search(inPlay);
            int chosen = number == 1 && firstStep >= 0 ? firstStep
                    : PrimTrajectory.lastReaching(steps, settings.threshold());
            if (chosen >= steps.size()) {
                throw new IllegalArgumentException("step " + chosen + " is not on the first trajectory; it has steps 0 "
                        + "to " + (steps.size() - 1));
            }
            out.add(new PrimTrajectory(number, steps, chosen));
            if (chosen < 0) {
                break;
            }
            PrimLimits taken = steps.get(chosen).edges();
            for (int i = 0; i < inPlay.length; i++) {
                inPlay[i] &= !taken.contains(data.columns(), i);
            }
        }
        return out;
    }

    /** One peel-and-paste search over the rows still in play. */
    List<PrimBox> search(boolean[] inPlay) {
        int[] inBox = rowsIn(inPlay);
        PrimLimits box = whole;
        List<PrimBox> steps = new ArrayList<>();
        steps.add(box(0, PrimBox.Phase.START, box, inBox));
        while (true) {
            Candidate c = bestPeel(box, inBox);
            if (c == null || !(c.objective > 0) || c.rows.length < settings.massMin() * data.rows()) {
                break;
            }
            box = c.limits;
            inBox = c.rows;
            steps.add(box(steps.size(), PrimBox.Phase.PEEL, box, inBox));
        }
        while (settings.pasting()) {
            Candidate c = bestPaste(box, inBox, inPlay);
            if (c == null || !(c.objective > 0)) {
                break;
            }
            box = c.limits;
            inBox = c.rows;
            steps.add(box(steps.size(), PrimBox.Phase.PASTE, box, inBox));
        }
        return steps;
    }

    private Candidate bestPeel(PrimLimits box, int[] inBox) {
        Candidate best = null;
        for (int j = 0; j < data.inputs().size(); j++) {
            double[] sorted = valuesOf(j, inBox);
            double low = PeelCut.fromBelow(sorted, settings.peelAlpha());
            if (low > sorted[0]) {
                best = better(best, candidate(box.withLow(j, low), inBox, inBox));
            }
            double high = PeelCut.fromAbove(sorted, settings.peelAlpha());
            if (high < sorted[sorted.length - 1]) {
                best = better(best, candidate(box.withHigh(j, high), inBox, inBox));
            }
        }
        return best;
    }

    /** Widening one restricted edge at a time over the rows in play just beyond it (inside every other edge). */
    private Candidate bestPaste(PrimLimits box, int[] inBox, boolean[] inPlay) {
        Candidate best = null;
        for (int j = 0; j < data.inputs().size(); j++) {
            if (box.low(j) > whole.low(j)) {
                int[] strip = beyond(box, j, inPlay, true);
                if (strip.length > 0) {
                    double[] sorted = valuesOf(j, strip);
                    double low = PeelCut.fromBelow(sorted, 1 - settings.pasteAlpha());
                    PrimLimits wider = box.withLow(j, low <= sorted[0] ? whole.low(j) : low);
                    best = better(best, candidate(wider, inBox, concat(inBox, strip)));
                }
            }
            if (box.high(j) < whole.high(j)) {
                int[] strip = beyond(box, j, inPlay, false);
                if (strip.length > 0) {
                    double[] sorted = valuesOf(j, strip);
                    double high = PeelCut.fromAbove(sorted, 1 - settings.pasteAlpha());
                    PrimLimits wider = box.withHigh(j, high >= sorted[sorted.length - 1] ? whole.high(j) : high);
                    best = better(best, candidate(wider, inBox, concat(inBox, strip)));
                }
            }
        }
        return best;
    }

    /** Rows in play below (or above) edge j and inside every other edge. */
    private int[] beyond(PrimLimits box, int j, boolean[] inPlay, boolean below) {
        double[][] x = data.columns();
        PrimLimits open = below ? box.withLow(j, Double.NEGATIVE_INFINITY) : box.withHigh(j, Double.POSITIVE_INFINITY);
        return Arrays.stream(rowsIn(inPlay)).filter(i -> open.contains(x, i)
                && (below ? x[j][i] < box.low(j) : x[j][i] > box.high(j))).toArray();
    }

    /** The box with these limits over the rows that could be in it; scored against the rows now in the box. */
    private Candidate candidate(PrimLimits limits, int[] now, int[] pool) {
        int[] rows = Arrays.stream(pool).filter(i -> limits.contains(data.columns(), i)).sorted().toArray();
        double meanNow = (double) casesIn(now) / now.length;
        double mean = rows.length == 0 ? 0 : (double) casesIn(rows) / rows.length;
        int change = Math.abs(rows.length - now.length);
        double objective = change == 0 ? 0 : (mean - meanNow) / change;
        return new Candidate(limits, rows, objective, limits.restrictedCount(whole));
    }

    private static Candidate better(Candidate best, Candidate c) {
        if (best == null || c.objective > best.objective
                || (c.objective == best.objective && c.restricted < best.restricted)) {
            return c;
        }
        return best;
    }

    private PrimBox box(int step, PrimBox.Phase phase, PrimLimits limits, int[] rows) {
        return new PrimBox(step, phase, limits, data.inputs(), whole, rows.length, casesIn(rows), data.rows(),
                allCases);
    }

    private double[] valuesOf(int j, int[] rows) {
        double[] v = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            v[k] = data.columns()[j][rows[k]];
        }
        Arrays.sort(v);
        return v;
    }

    private int casesIn(int[] rows) {
        int c = 0;
        for (int i : rows) {
            c += data.interest()[i] ? 1 : 0;
        }
        return c;
    }

    private static int[] rowsIn(boolean[] inPlay) {
        int[] out = new int[inPlay.length];
        int n = 0;
        for (int i = 0; i < inPlay.length; i++) {
            if (inPlay[i]) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private record Candidate(PrimLimits limits, int[] rows, double objective, int restricted) {
    }
}
