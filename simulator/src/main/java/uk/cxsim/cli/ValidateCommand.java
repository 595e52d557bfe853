package uk.cxsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cxsim validate}: checks of the model against theory and evidence. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the model against queueing theory and the evidence.",
        subcommands = {ValidateQueueCommand.class})
public final class ValidateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
