package uk.cxsim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option that a mixin declares for several commands but each command describes in its own words. picocli takes an
 * option's description from its annotation, the same in every command; a mixin that is given the command's words
 * calls this once picocli has mixed it in (from a {@code @Spec(MIXEE)} method), and the command's help shows them.
 */
final class OptionWords {
    private OptionWords() {
    }

    /** Gives {@code option} of {@code command} the {@code description} (a picocli format string, as annotations). */
    static void describe(CommandSpec command, String option, String description) {
        describe(command, option, command.findOption(option).paramLabel(), description);
    }

    /** As {@link #describe(CommandSpec, String, String)}, with the command's own label for the option's value. */
    static void describe(CommandSpec command, String option, String paramLabel, String description) {
        OptionSpec declared = command.findOption(option);
        command.remove(declared);
        command.addOption(declared.toBuilder().paramLabel(paramLabel).description(description).build());
    }
}
