package uk.cxsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import uk.cxsim.scenario.ParameterTable;
import uk.cxsim.scenario.Scenarios;

/**
 * {@code cxsim keys}: every scenario key with its type, allowed range, default and meaning; with
 * {@code --parameters}, the UK baseline's parameter table (value, allowed range, and what each value rests on).
 */
@Command(name = "keys")
public final class KeysCommand extends CliCommand {
    @Option(names = "--parameters") boolean parameters;

    @Override
    public Integer call() {
        String text = parameters ? ParameterTable.ukBaseline().requireComplete().toMarkdown()
                : Scenarios.catalog().toMarkdown();
        out().print(text);
        out().flush();
        return 0;
    }
}
