package uk.cxsim.metrics;

/**
 * One row of a validation or fit table.
 *
 * @param penalty how far from passing, squared in units of the tolerance; 0 when comfortably passing
 */
public record Check(String name, String expected, String simulated, String tolerance, boolean pass, double penalty,
                    String source) {
}
