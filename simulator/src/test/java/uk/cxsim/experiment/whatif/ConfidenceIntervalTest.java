package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ErlangFormulas;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.validation.QueueExperiment;
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

    /**
     * Common random numbers: the paired interval of a difference is narrower than with independent seeds. Each sector
     * draws from its own streams, so a lever in one sector leaves the other's figures unchanged, replication by
     * replication, and pairing removes that sector's noise from the difference; within the changed sector the runs
     * part ways. The lever here acts on Energy, whose treatment losses vary about half as much as Banking's in this
     * scenario, so pairing should cut the variance of the difference to about a sixth. With 10 replications a ratio
     * of sample variances spreads as F(9, 9), whose 1% point is 0.19: paired wider than independent would happen
     * less than 1% of the time for a narrowing of that size, while without one (a lever on every sector) it is a
     * coin toss.
     */
    @Test
    void commonRandomNumbersNarrowTheIntervalOfADifference() {
        ScenarioParams base = TestScenarios.small("days=60");
        ScenarioParams variant = TestScenarios.small("days=60", "sectors.Energy.allSuppliers.crm.context=0.9");
        int r = 10;
        List<RunSummary> b = Replications.run(base, 0, r, 2, ProgressListener.NONE);
        List<RunSummary> same = Replications.run(variant, base, 0, r, 2, ProgressListener.NONE);
        List<RunSummary> other = Replications.run(variant, base, r, r, 2, ProgressListener.NONE);
        for (int i = 0; i < r; i++) {
            RunSummary.SectorFigures before = banking(b.get(i));
            RunSummary.SectorFigures after = banking(same.get(i));
            assertEquals(before.relationshipsLostToTreatment(), after.relationshipsLostToTreatment(), "replication "
                    + i + ": with common random numbers a lever in Energy leaves Banking's losses as they were");
            assertEquals(before.costOfPoorServiceGbp(), after.costOfPoorServiceGbp(), "replication " + i);
        }
        String metric = "relationshipsLostToTreatment";
        double paired = Comparison.of(b, same).stream().filter(x -> x.metric().equals(metric)).findFirst()
                .orElseThrow().difference().halfWidth();
        double independent = Comparison.of(b, other).stream().filter(x -> x.metric().equals(metric)).findFirst()
                .orElseThrow().difference().halfWidth();
        ReplicatedFigures fb = new ReplicatedFigures(b);
        assertTrue(fb.get(metric).sd() > 0);
        assertTrue(paired < independent, "paired half-width " + paired + " should be below independent " + independent);
    }

    private static RunSummary.SectorFigures banking(RunSummary s) {
        return s.sectors().stream().filter(x -> x.name().equals("Banking")).findFirst().orElseThrow();
    }
}
