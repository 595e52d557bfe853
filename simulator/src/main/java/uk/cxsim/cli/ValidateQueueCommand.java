package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.validation.QueueExperiment;
import uk.cxsim.metrics.Interval;
import uk.cxsim.output.Json;
import uk.cxsim.results.QueueValidationFile;

/** {@code cxsim validate queue}: the model's queue on a stationary load, beside Erlang C or Erlang A. */
@Command(name = "queue")
public final class ValidateQueueCommand extends CliCommand {
    @Option(names = "--calls-per-hour", required = true, paramLabel = "X") double callsPerHour;
    @Option(names = "--aht-minutes", required = true, paramLabel = "Y") double ahtMinutes;
    @Option(names = "--agents", required = true, paramLabel = "C") int agents;
    @Option(names = "--patience-minutes", paramLabel = "P") double patienceMinutes;
    @Option(names = "--hours", paramLabel = "H") double hours = 20_000;
    @Option(names = "--seed", paramLabel = "S") long seed = 1;
    @Mixin FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        OptionCheck.require(callsPerHour > 0, "--calls-per-hour", "above 0", callsPerHour);
        OptionCheck.require(ahtMinutes > 0, "--aht-minutes", "above 0", ahtMinutes);
        OptionCheck.atLeast("--agents", agents, 1);
        OptionCheck.require(hours > 0, "--hours", "above 0", hours);
        OptionCheck.require(patienceMinutes >= 0, "--patience-minutes", "0 or more", patienceMinutes);
        boolean never = patienceMinutes == 0;
        if (never && callsPerHour * ahtMinutes / 60.0 >= agents) {
            throw new UserInputException(String.format(Locale.UK, "load of %.2f Erlangs needs more than %d agents "
                    + "when callers never abandon (the queue would grow without limit)",
                    callsPerHour * ahtMinutes / 60.0, agents));
        }
        QueueExperiment.Result r = QueueExperiment.run(callsPerHour, ahtMinutes, agents, patienceMinutes, hours, seed);
        ErlangFormulas.QueueStats theory = never ? ErlangFormulas.erlangC(callsPerHour, ahtMinutes, agents)
                : ErlangFormulas.erlangA(callsPerHour, ahtMinutes, agents, patienceMinutes);
        PrintWriter out = out();
        if (format.json()) {
            out.print(Json.write(new QueueValidationFile(r.probWait().mean(), r.meanWaitSeconds().mean(),
                    r.abandonRate().mean(), new QueueValidationFile.Figures(r.probWait().halfWidth(),
                    r.meanWaitSeconds().halfWidth(), r.abandonRate().halfWidth()), never ? "Erlang C" : "Erlang A",
                    new QueueValidationFile.Figures(theory.probWait(), theory.meanWaitSeconds(), theory.abandonRate()),
                    r.arrivals())));
            out.flush();
        } else {
            out.printf(Locale.UK, "%-16s %12s %12s %12s%n", "measure", "simulated", "+/- 95% CI",
                    never ? "Erlang C" : "Erlang A");
            row(out, "probWait", r.probWait(), theory.probWait());
            row(out, "meanWaitSeconds", r.meanWaitSeconds(), theory.meanWaitSeconds());
            row(out, "abandonRate", r.abandonRate(), theory.abandonRate());
            out.printf(Locale.UK, "%,d callers measured over %.0f hours (first 5%% discarded as warm-up)%n",
                    r.arrivals(), hours);
        }
        return 0;
    }

    private static void row(PrintWriter out, String name, Interval simulated, double expected) {
        out.printf(Locale.UK, "%-16s %12.4f %12.4f %12.4f%n", name, simulated.mean(), simulated.halfWidth(), expected);
    }
}
