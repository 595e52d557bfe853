package uk.cxsim.metrics;

/**
 * One row of a validation or fit table.
 *
 * @param penalty how far from passing, squared in units of the tolerance; 0 when comfortably passing
 * @param role    what the check is for: calibration, held-out, used-in-development, input, or verification (the
 *                queue against theory)
 * @param numbers the check's figures as numbers; null for an order
 */
public record Check(String name, String expected, String simulated, String tolerance, boolean pass, double penalty,
                    String source, String role, CheckNumbers numbers) {

    /** A calibration check without figures as numbers (an order, a fit's row). */
    public Check(String name, String expected, String simulated, String tolerance, boolean pass, double penalty,
                 String source) {
        this(name, expected, simulated, tolerance, pass, penalty, source, "calibration", null);
    }

    /** Whether the check counts towards a pass total: every role but input. */
    public boolean counted() {
        return !"input".equals(role);
    }
}
