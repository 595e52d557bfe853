package uk.cxsim.cli;

import picocli.CommandLine;

import uk.cxsim.workflow.ReportAfterRuns;

/** The cxsim command line. The only place that exits the process. */
public final class Main {
    /** Exit code for bad input: a wrong key, a bad value, a missing file, an unusable output folder. */
    public static final int BAD_INPUT = 2;
    /** Exit code when the work ran but a check failed, or something unexpected broke. */
    public static final int FAILED = 1;

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cmd = commandLine();
        return cmd.execute(args);
    }

    private static int code(CommandLine commandLine, Throwable t) {
        return commandLine.getExitCodeExceptionMapper().getExitCode(t);
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new CxsimCommand());
        cmd.setExitCodeExceptionMapper(new ExitCodes());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = code(commandLine, ex);
            if (code == BAD_INPUT) {
                commandLine.getErr().println("cxsim: " + ex.getMessage());
            } else if (ex instanceof ReportAfterRuns.NotDrawn notDrawn) {
                commandLine.getErr().println("cxsim: " + notDrawn.getMessage());
                if (code(commandLine, notDrawn.getCause()) != BAD_INPUT) {
                    notDrawn.getCause().printStackTrace(commandLine.getErr());
                }
            } else {
                commandLine.getErr().println("cxsim: unexpected error: " + ex);
                ex.printStackTrace(commandLine.getErr());
            }
            return code;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            // one line, like every other bad input
            c.getErr().println("cxsim: " + ex.getMessage().replace('\n', ' ').strip() + " (see '"
                    + c.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        return cmd;
    }
}
