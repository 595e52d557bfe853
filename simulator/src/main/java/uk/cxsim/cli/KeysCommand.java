package uk.cxsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.cxsim.scenario.ParameterTable;
import uk.cxsim.scenario.Scenarios;

/**
 * {@code cxsim keys}: every scenario key with its type, allowed range, default and meaning; with
 * {@code --parameters}, the UK baseline's parameter table (value, allowed range, and what each value rests on).
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Print every scenario key with its type, allowed range, default and meaning (Markdown).")
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--parameters", description = "Print instead the UK baseline's behaviour and economic "
            + "parameters: value, allowed range, and whether each is measured (with its source), fitted (with its "
            + "target), assumed (with a plausible range) or a setting (the table of docs/parameters.md)")
    boolean parameters;

    @Override
    public void run() {
        String text = parameters ? ParameterTable.ukBaseline().requireComplete().toMarkdown()
                : Scenarios.catalog().toMarkdown();
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }
}
