package uk.cxsim.errors;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.cxsim.chart.ChartException;
import uk.cxsim.output.OutputException;
import uk.cxsim.report.ReportException;
import uk.cxsim.scenario.ScenarioException;

/**
 * Which failures are the user's to put right, said once for the command line and the studio: the exceptions whose
 * one-line message is the reason to show, as opposed to a fault in cxsim. The command line exits with 2 on any of
 * them; the studio answers with the message, its status chosen by the error's {@link Kind}.
 */
public final class UserErrors {
    /** What is at fault. */
    public enum Kind {
        /** What was asked for: a scenario, its keys and values, an option. The studio answers 400. */
        INPUT,
        /**
         * A file or folder that cannot be read or written as asked: an output or run folder, a chart's data. On the
         * command line the user named it; the studio chose its own, so it answers 500, with the reason.
         */
        FILES
    }

    private static final Map<Class<? extends RuntimeException>, Kind> KINDS = Map.of(
            ScenarioException.class, Kind.INPUT,
            UserInputException.class, Kind.INPUT,
            OutputException.class, Kind.FILES,
            ReportException.class, Kind.FILES,
            ChartException.class, Kind.FILES);

    private UserErrors() {
    }

    /** The kind of user error {@code t} is, or empty if it is not one (then it is unexpected: a fault in cxsim). */
    public static Optional<Kind> kind(Throwable t) {
        return KINDS.entrySet().stream().filter(e -> e.getKey().isInstance(t)).map(Map.Entry::getValue).findFirst();
    }

    /** Whether {@code t} is a user error. */
    public static boolean isUserError(Throwable t) {
        return kind(t).isPresent();
    }

    /** Every type of user error. */
    public static Set<Class<? extends RuntimeException>> types() {
        return KINDS.keySet();
    }
}
