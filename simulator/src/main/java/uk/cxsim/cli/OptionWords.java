package uk.cxsim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option that a mixin declares for several commands but each command labels its own way. picocli takes an
 * option's value label from its annotation, the same in every command; a mixin that is given the command's label
 * calls this once picocli has mixed it in (from a {@code @Spec(MIXEE)} method). Help texts need nothing of the kind:
 * each command's words for a shared option are keyed by the command in {@code Help.properties}.
 */
final class OptionWords {
    private OptionWords() {
    }

    /** Gives {@code option} of {@code command} the label {@code paramLabel} for its value. */
    static void label(CommandSpec command, String option, String paramLabel) {
        OptionSpec declared = command.findOption(option);
        command.remove(declared);
        command.addOption(declared.toBuilder().paramLabel(paramLabel).build());
    }
}
