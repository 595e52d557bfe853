package uk.cxsim.scenario;

/** A scenario that cannot be used, with where and why in one line. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(Source source, String path, String problem) {
        super(oneLine(format(source, path, problem)));
    }

    public ScenarioException(String message) {
        super(oneLine(message));
    }

    /** Line breaks inside quoted values or keys shown as {@code \n}, so the message stays one line. */
    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("\\R", "\\\\n");
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
