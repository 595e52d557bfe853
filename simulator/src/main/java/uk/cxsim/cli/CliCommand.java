package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A cxsim subcommand: {@code --help} and {@code --version}, its help texts from {@code Help.properties} (through the
 * root command), and the writer it prints to; {@link #call} returns the exit code.
 */
@Command(mixinStandardHelpOptions = true)
abstract class CliCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Where the command prints (standard output, or what a test gave the command line). */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
