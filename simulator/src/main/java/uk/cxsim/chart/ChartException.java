package uk.cxsim.chart;

/** A chart that cannot be drawn, usually because a file it needs is missing or malformed. */
public final class ChartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChartException(String message) {
        super(message);
    }
}
