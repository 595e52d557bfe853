package uk.cxsim.cli;

import java.util.List;

import picocli.CommandLine.IExitCodeExceptionMapper;

import uk.cxsim.chart.ChartException;
import uk.cxsim.output.OutputException;
import uk.cxsim.report.ReportException;
import uk.cxsim.scenario.ScenarioException;

/**
 * Exit codes by exception type: the exceptions that report bad input (a wrong key or value, a missing file, an
 * unusable output folder) exit with {@link Main#BAD_INPUT}; anything else is unexpected and exits with
 * {@link Main#FAILED}.
 */
final class UserErrors implements IExitCodeExceptionMapper {
    private static final List<Class<? extends RuntimeException>> BAD_INPUT = List.of(ScenarioException.class,
            OutputException.class, UserInputException.class, ReportException.class, ChartException.class);

    @Override
    public int getExitCode(Throwable t) {
        return BAD_INPUT.stream().anyMatch(type -> type.isInstance(t)) ? Main.BAD_INPUT : Main.FAILED;
    }
}
