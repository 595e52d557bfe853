package uk.cxsim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --replications R}, with the default, the least count and the help text of the command that mixes it in;
 * checked here for every command: fewer than the least is bad input.
 */
final class ReplicationsOption {
    @Option(names = "--replications", paramLabel = "R", description = "Replications")
    private Integer value;

    private final int least;
    private final String why;
    private final String description;

    /** {@code byDefault} replications unless --replications says otherwise, at least 1. */
    ReplicationsOption(int byDefault, String description) {
        this(byDefault, 1, null, description);
    }

    private ReplicationsOption(Integer byDefault, int least, String why, String description) {
        this.value = byDefault;
        this.least = least;
        this.why = why;
        this.description = description;
    }

    /** No default of its own: without --replications, {@link #countOr} gives the scenario's. */
    static ReplicationsOption fromScenario(String description) {
        return new ReplicationsOption(null, 1, null, description);
    }

    /** This option, needing at least {@code least} replications. */
    ReplicationsOption atLeast(int least) {
        return atLeast(least, null);
    }

    /** This option, needing at least {@code least} replications, for the reason {@code why} (said if refused). */
    ReplicationsOption atLeast(int least, String why) {
        return new ReplicationsOption(value, least, why, description);
    }

    /** Gives --replications the command's help text; picocli calls this as it mixes the option into the command. */
    @Spec(Spec.Target.MIXEE)
    void describeIn(CommandSpec command) {
        OptionWords.describe(command, "--replications", description);
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
