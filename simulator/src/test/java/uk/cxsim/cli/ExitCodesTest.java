package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import uk.cxsim.chart.ChartException;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.output.OutputException;
import uk.cxsim.report.ReportException;
import uk.cxsim.scenario.ScenarioException;

class ExitCodesTest {
    private final ExitCodes mapper = new ExitCodes();

    @Test
    void badInputExceptionsExitWithTwo() {
        assertEquals(Main.BAD_INPUT, mapper.getExitCode(new ScenarioException("people.toleranceMean: must be > 0")));
        assertEquals(Main.BAD_INPUT, mapper.getExitCode(new OutputException("cannot write x")));
        assertEquals(Main.BAD_INPUT, mapper.getExitCode(new UserInputException("--threads must be at least 1")));
        assertEquals(Main.BAD_INPUT, mapper.getExitCode(new ReportException("not a run folder")));
        assertEquals(Main.BAD_INPUT, mapper.getExitCode(new ChartException("no data")));
    }

    @Test
    void anythingElseIsUnexpectedAndExitsWithOne() {
        assertEquals(Main.FAILED, mapper.getExitCode(new IllegalStateException("bug")));
        assertEquals(Main.FAILED, mapper.getExitCode(new NullPointerException()));
        assertEquals(Main.FAILED, mapper.getExitCode(new OutOfMemoryError()));
    }

    @Test
    void theCommandLineUsesTheMapper() {
        assertEquals(ExitCodes.class, Main.commandLine().getExitCodeExceptionMapper().getClass());
    }
}
