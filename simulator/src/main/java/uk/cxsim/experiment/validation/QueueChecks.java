package uk.cxsim.experiment.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.CheckNumbers;
import uk.cxsim.metrics.Interval;
import uk.cxsim.output.Formats;

/**
 * The queue against Erlang C and Erlang A at several loads, as validation checks. Each check passes when the
 * theoretical value lies within the simulation's batch-means interval at a Bonferroni-corrected level, so a correct
 * queue passes all of them with probability at least 95%.
 */
public final class QueueChecks {
    /** The role of these checks in a validation: the queue kernel verified against theory. */
    public static final String ROLE = uk.cxsim.scenario.TargetRole.VERIFICATION.key();
    /** calls per hour, handling minutes, agents, patience minutes (0: never abandon). */
    static final double[][] CASES = {
        {40, 6, 5, 0}, {100, 3, 6, 0}, {300, 3, 17, 0},
        {50, 6, 6, 3}, {100, 6, 10, 10}, {60, 6, 5, 5}, {200, 4, 12, 2},
    };
    static final double HOURS = 100_000;

    private QueueChecks() {
    }

    public static List<Check> run(long seed) {
        int measures = 0;
        for (double[] c : CASES) {
            measures += c[3] > 0 ? 3 : 2;
        }
        double level = 1 - 0.05 / measures;
        List<Check> out = new ArrayList<>();
        for (double[] c : CASES) {
            boolean patient = c[3] == 0;
            QueueExperiment.Result r = QueueExperiment.run(c[0], c[1], (int) c[2], c[3], HOURS, seed);
            ErlangFormulas.QueueStats theory = patient ? ErlangFormulas.erlangC(c[0], c[1], (int) c[2])
                    : ErlangFormulas.erlangA(c[0], c[1], (int) c[2], c[3]);
            String label = String.format(Locale.UK, "queue %s %.0f/h AHT %.0f min %d agents%s",
                    patient ? "Erlang C" : "Erlang A", c[0], c[1], (int) c[2],
                    patient ? "" : String.format(Locale.UK, " patience %.0f min", c[3]));
            out.add(check(label + ": probWait", r.probWait(), theory.probWait(), level));
            out.add(check(label + ": meanWaitSeconds", r.meanWaitSeconds(), theory.meanWaitSeconds(), level));
            if (!patient) {
                out.add(check(label + ": abandonRate", r.abandonRate(), theory.abandonRate(), level));
            }
        }
        return out;
    }

    private static Check check(String name, Interval simulated, double expected, double level) {
        double hw = simulated.halfWidth(level);
        boolean pass = Math.abs(simulated.mean() - expected) <= hw;
        return new Check(name, Formats.number(expected), Formats.number(simulated.mean()),
                String.format(Locale.UK, "+/- %s (%.2f%% CI)", Formats.number(hw), 100 * level), pass,
                pass ? 0 : 1, "queueing theory", ROLE, new CheckNumbers(expected, simulated.mean(), simulated.low(),
                simulated.high(), simulated.sd() / Math.sqrt(simulated.n()), expected - hw, expected + hw, Double.NaN,
                Double.NaN, Double.NaN));
    }
}
