package uk.cxsim.report;

/** A report that cannot be written: the folder lacks what it needs, or cannot be written. */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }
}
