package uk.cxsim.chart;

/**
 * The unit a chart counts money in: GBP bn once the largest figure drawn reaches a billion, else GBP m.
 *
 * @param divisor what a GBP figure is divided by to be drawn (1e9 or 1e6)
 * @param name    the unit as the axis says it ("GBP bn" or "GBP m")
 */
record GbpScale(double divisor, String name) {
    private static final GbpScale BILLIONS = new GbpScale(1e9, "GBP bn");
    private static final GbpScale MILLIONS = new GbpScale(1e6, "GBP m");

    /** The scale for figures reaching {@code reach} either way (its absolute value is taken). */
    static GbpScale of(double reach) {
        return Math.abs(reach) >= 1e9 ? BILLIONS : MILLIONS;
    }

    boolean billions() {
        return this == BILLIONS;
    }
}
