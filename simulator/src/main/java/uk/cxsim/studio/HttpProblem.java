package uk.cxsim.studio;

import java.util.Map;

import uk.cxsim.errors.UserErrors;

/**
 * A request the studio does not serve, with its HTTP status, the one-line reason sent back as
 * {@code {"error": ...}}, and any headers the status calls for ({@code Allow}, {@code Retry-After}).
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final Map<String, String> headers;

    HttpProblem(int status, String message) {
        this(status, message, Map.of());
    }

    HttpProblem(int status, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** 400: the request itself is wrong. */
    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    /**
     * The answer to a user error ({@link UserErrors}), with its own one-line reason: 400 when what the request asked
     * for is wrong; 500 when a file or folder of the studio's own cannot be read or written, which the requester
     * cannot put right.
     */
    static HttpProblem ofUserError(RuntimeException e) {
        UserErrors.Kind kind = UserErrors.kind(e)
                .orElseThrow(() -> new IllegalArgumentException("not a user error", e));
        int status = switch (kind) {
            case INPUT -> 400;
            case FILES -> 500;
        };
        return new HttpProblem(status, e.getMessage());
    }

    /** 404: no such scenario, job, file or page. */
    static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
