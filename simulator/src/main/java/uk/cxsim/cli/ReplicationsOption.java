package uk.cxsim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --replications R}, with the default and the least count of the command that mixes it in;
 * checked here for every command: fewer than the least is bad input.
 */
final class ReplicationsOption {
    @Option(names = "--replications", paramLabel = "R") private Integer value;

    private final int least;
    private final String why;

    /** {@code byDefault} replications unless --replications says otherwise, at least 1. */
    ReplicationsOption(int byDefault) {
        this(byDefault, 1, null);
    }

    private ReplicationsOption(Integer byDefault, int least, String why) {
        this.value = byDefault;
        this.least = least;
        this.why = why;
    }

    /** No default of its own: without --replications, {@link #countOr} gives the scenario's. */
    static ReplicationsOption fromScenario() {
        return new ReplicationsOption(null, 1, null);
    }

    /** This option, needing at least {@code least} replications. */
    ReplicationsOption atLeast(int least) {
        return atLeast(least, null);
    }

    /** This option, needing at least {@code least} replications, for the reason {@code why} (said if refused). */
    ReplicationsOption atLeast(int least, String why) {
        return new ReplicationsOption(value, least, why);
    }

    /** Stops the command (bad input) if --replications asks for fewer than the command's least. */
    void check() {
        if (value != null) {
            OptionCheck.atLeast("--replications", value, least, why);
        }
    }

    /** The replications asked for, else the command's default. */
    int count() {
        if (value == null) {
            throw new IllegalStateException("--replications has no default here: use countOr");
        }
        check();
        return value;
    }

    /** The replications asked for, else {@code otherwise} (the scenario's). */
    int countOr(int otherwise) {
        return value == null ? otherwise : count();
    }
}
