package uk.cxsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

class ConfidenceIntervalTest {
    /**
     * The 95% interval over replications covers a known quantity about 95% of the time. The quantity: the mean
     * wait in the model's queue, known from Erlang C. Each of 100 experiments runs 5 replications (independent
     * seeds) and forms the Student-t interval of their means. The number covering the truth is Binomial(100, 0.95)
     * for a correct interval; the test accepts the central 99.8% of that distribution.
     */
    @Test
    void ninetyFivePercentIntervalsCoverTheTruthAboutNinetyFivePercentOfTheTime() {
        double truth = ErlangFormulas.erlangC(60, 3, 4).meanWaitSeconds();
        int experiments = 100;
        int replications = 5;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            double[] means = new double[replications];
            for (int r = 0; r < replications; r++) {
                means[r] = QueueExperiment.run(60, 3, 4, 0, 2_000, 1000L * e + r).meanWaitSeconds().mean();
            }
            if (Interval.of(means).covers(truth)) {
                covered++;
            }
        }
        BinomialDistribution b = new BinomialDistribution(experiments, 0.95);
        int low = b.inverseCumulativeProbability(0.001);
        int high = b.inverseCumulativeProbability(0.999);
        assertTrue(covered >= low && covered <= high, covered + " of " + experiments + " intervals covered the truth;"
                + " a correct 95% interval covers between " + low + " and " + high + " (99.8% of the time)");
    }

    /** Common random numbers: the paired interval of a difference is narrower than with independent seeds. */
    @Test
    void commonRandomNumbersNarrowTheIntervalOfADifference() {
        ScenarioParams base = TestScenarios.small("days=60");
        ScenarioParams variant = TestScenarios.small("days=60", "levers.allSuppliers.crm.context=0.9");
        int r = 6;
        List<RunSummary> b = Replications.run(base, 0, r, 2, ProgressListener.NONE);
        List<RunSummary> same = Replications.run(variant, base, 0, r, 2, ProgressListener.NONE);
        List<RunSummary> other = Replications.run(variant, base, r, r, 2, ProgressListener.NONE);
        String metric = "relationshipsLostToTreatment";
        double paired = Comparison.of(b, same).stream().filter(x -> x.metric().equals(metric)).findFirst()
                .orElseThrow().difference().halfWidth();
        double independent = Comparison.of(b, other).stream().filter(x -> x.metric().equals(metric)).findFirst()
                .orElseThrow().difference().halfWidth();
        ReplicatedFigures fb = new ReplicatedFigures(b);
        assertTrue(fb.get(metric).sd() > 0);
        assertTrue(paired < independent, "paired half-width " + paired + " should be below independent " + independent);
    }
}
