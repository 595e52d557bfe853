package uk.cxsim.scenario;

/** A scenario that cannot be used, with where and why in one line. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(Source source, String path, String problem) {
        super(format(source, path, problem));
    }

    public ScenarioException(String message) {
        super(message);
    }

    private static String format(Source source, String path, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(problem).toString();
    }
}
