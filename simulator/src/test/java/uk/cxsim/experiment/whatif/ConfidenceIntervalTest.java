package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.StatUtils;
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
     * replication, and pairing removes that sector's noise from the difference. Within the changed sector the draws
     * are keyed by what they decide (each need's, each candidate departure's), so the runs stay in step there too and
     * differ only where the lever acts: measured over 30 replications, pairing cuts the variance of Energy's own
     * difference to 0.15 of the independent one's (0.81 when the sector's streams were read in turn and the runs
     * parted ways at the lever's first draw). With 20 replications a ratio of sample variances spreads as F(19, 19),
     * whose 99% point is 3.03: a true ratio of 0.15 gives a sample ratio below 0.45 in 99% of such tests, one of 0.81
     * in about one in ten.
     */
    @Test
    void commonRandomNumbersNarrowTheIntervalOfADifference() {
        ScenarioParams base = TestScenarios.small("days=60");
        ScenarioParams variant = TestScenarios.small("days=60", "sectors.Energy.allSuppliers.crm.context=0.9");
        int r = 20;
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

        double[] pairedEnergy = new double[r];
        double[] independentEnergy = new double[r];
        for (int i = 0; i < r; i++) {
            double before = sector(b.get(i), "Energy").relationshipsLostToTreatment();
            pairedEnergy[i] = sector(same.get(i), "Energy").relationshipsLostToTreatment() - before;
            independentEnergy[i] = sector(other.get(i), "Energy").relationshipsLostToTreatment() - before;
        }
        double ratio = StatUtils.variance(pairedEnergy) / StatUtils.variance(independentEnergy);
        assertTrue(ratio < 0.45, "within the changed sector, paired over independent variance " + ratio
                + " should be below 0.45: the runs should stay in step where the lever does not act");
    }

    private static RunSummary.SectorFigures banking(RunSummary s) {
        return sector(s, "Banking");
    }

    private static RunSummary.SectorFigures sector(RunSummary s, String name) {
        return s.sectors().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
