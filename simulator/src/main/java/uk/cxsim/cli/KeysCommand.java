package uk.cxsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import uk.cxsim.scenario.Scenarios;

/** {@code cxsim keys}: every scenario key with its type, allowed range, default and meaning. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Print every scenario key with its type, allowed range, default and meaning (Markdown).")
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(Scenarios.catalog().toMarkdown());
        spec.commandLine().getOut().flush();
    }
}
