package uk.cxsim.experiment.discovery;

/**
 * How PRIM peels and pastes, with EMA Workbench's defaults. {@code peelAlpha}: the share of a box's points one peel
 * removes from one edge; {@code pasteAlpha}: the share of the points just outside an edge one paste adds back;
 * {@code massMin}: the smallest share of all rows a box may hold; {@code threshold}: the density a box must reach to
 * be chosen; {@code pasting}: whether the peeled box is pasted at all. A value out of range is refused with the
 * setting named as on the command line (peel-alpha, paste-alpha, mass-min, threshold).
 */
public record PrimSettings(double peelAlpha, double pasteAlpha, double massMin, double threshold, boolean pasting) {
    public static final PrimSettings DEFAULTS = new PrimSettings(0.05, 0.05, 0.05, 0.8, true);

    public PrimSettings {
        check("peel-alpha", peelAlpha, 0, 0.5, false);
        check("paste-alpha", pasteAlpha, 0, 0.5, false);
        check("mass-min", massMin, 0, 1, true);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1, found " + threshold);
        }
    }

    private static void check(String name, double v, double low, double high, boolean lowIncluded) {
        boolean above = lowIncluded ? v >= low : v > low;
        if (!(above && v < high)) {
            throw new IllegalArgumentException(name + " must be " + (lowIncluded ? "at least " : "above ")
                    + DiscoveryQuestion.number(low) + " and below " + DiscoveryQuestion.number(high) + ", found " + v);
        }
    }
}
