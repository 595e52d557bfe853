package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.IExitCodeExceptionMapper;

import uk.cxsim.chart.ChartException;
import uk.cxsim.cli.Main;
import uk.cxsim.errors.UserErrors;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.output.OutputException;
import uk.cxsim.report.ReportException;
import uk.cxsim.scenario.ScenarioException;

/**
 * The command line and the studio agree on what a user error is ({@link UserErrors}): every one exits with 2 and is
 * answered with its own reason; anything else exits with 1 and gets the studio's answer for a fault of its own.
 */
class UserErrorAnswersTest {
    /** The studio's status for each type of user error: the request's input 400, the studio's own files 500. */
    private static final Map<Class<? extends RuntimeException>, Integer> STATUS = Map.of(
            ScenarioException.class, 400,
            UserInputException.class, 400,
            OutputException.class, 500,
            ReportException.class, 500,
            ChartException.class, 500);

    private final IExitCodeExceptionMapper commandLine = Main.commandLine().getExitCodeExceptionMapper();

    @Test
    void everyUserErrorExitsWithTwoAndIsAnsweredWithItsOwnReason() throws ReflectiveOperationException {
        assertEquals(STATUS.keySet(), UserErrors.types(), "a new type of user error needs its studio status here");
        for (Class<? extends RuntimeException> type : UserErrors.types()) {
            RuntimeException e = type.getConstructor(String.class).newInstance("the reason");
            assertEquals(Main.BAD_INPUT, commandLine.getExitCode(e), type.getSimpleName());
            HttpProblem answer = HttpProblem.ofUserError(e);
            assertEquals(STATUS.get(type), answer.status(), type.getSimpleName());
            assertEquals("the reason", answer.getMessage(), type.getSimpleName());
        }
    }

    @Test
    void anythingElseIsAFaultToBoth() {
        RuntimeException bug = new IllegalStateException("bug");
        assertEquals(Main.FAILED, commandLine.getExitCode(bug));
        assertFalse(UserErrors.isUserError(bug));
        assertThrows(IllegalArgumentException.class, () -> HttpProblem.ofUserError(bug));
    }
}
