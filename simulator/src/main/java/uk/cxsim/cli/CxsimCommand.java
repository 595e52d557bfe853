package uk.cxsim.cli;

import picocli.CommandLine.Command;

/** The root command: cxsim and its subcommands. */
@Command(name = "cxsim", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        resourceBundle = "uk.cxsim.cli.Help",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class,
                AssumptionsCommand.class, ExperimentCommand.class, CalibrateCommand.class, ValidateCommand.class,
                BenchCommand.class, ReportCommand.class, KeysCommand.class, StudioCommand.class, ResumeCommand.class,
                DiscoverCommand.class, BenchOneCommand.class, FitSharesCommand.class})
public final class CxsimCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
