package uk.cxsim.scenario;

/** Where a value came from: a file and line, or a command-line override. */
public record Source(String origin, int line) {
    public static Source commandLine(String option) {
        return new Source(option, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line : origin;
    }
}
