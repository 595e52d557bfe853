package uk.cxsim.studio;

/** A request the studio cannot serve, with the one-line reason sent back as HTTP 400 (or the given status). */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
