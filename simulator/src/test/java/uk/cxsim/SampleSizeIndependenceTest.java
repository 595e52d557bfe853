package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;

/**
 * Results do not depend on the sample size: the baseline's headline figures at 20,000 customers (the workshop size)
 * agree with those at 200,000. For each figure the two-sample (Welch) interval of the difference of the means must
 * cover zero, at a Bonferroni level over all figures, so a correct model fails with probability at most 5%, while a
 * size effect like the old one (cost of poor service 2.5% higher at 20,000 customers than at 200,000, abandonment 14%
 * higher) lies far outside.
 */
class SampleSizeIndependenceTest {
    private static final List<String> HEADLINE = List.of("costOfPoorServiceGbp", "relationshipsLostToTreatment",
            "avgValuePerLostRelationshipGbp", "leaveReasonShares.treatment", "leaveReasonShares.product",
            "leaveReasonShares.competitorOffer", "leaveReasonShares.naturalSwitcher", "leaveReasonShares.stoppedUsing",
            "leaveReasonShares.died", "driverShares.repeatInformation", "driverShares.trappedInSelfService",
            "driverShares.waitedTooLong", "driverShares.agentDoesNotKnowHistory", "meanMinutesTrappedInIvr",
            "meanWaitMinutes", "abandonRate", "serviceLevel.answeredWithinTargetShare", "agentHoursPaid",
            "failureDemandGbp", "acquisitionCostGbp", "sectors.Financial Services.costOfPoorServiceGbp",
            "sectors.Utilities.costOfPoorServiceGbp", "sectors.Telecoms.costOfPoorServiceGbp");
    private static final double FAMILY_ERROR = 0.05;

    @Test
    void headlineFiguresAtTwentyThousandCustomersMatchThoseAtTwoHundredThousand() {
        List<RunSummary> small = run(20_000, 6);
        List<RunSummary> large = run(200_000, 3);
        List<String> failures = new ArrayList<>();
        double level = 1 - FAMILY_ERROR / HEADLINE.size();
        for (String figure : HEADLINE) {
            double[] a = values(small, figure);
            double[] b = values(large, figure);
            double va = variance(a) / a.length;
            double vb = variance(b) / b.length;
            double se = Math.sqrt(va + vb);
            double df = (va + vb) * (va + vb)
                    / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
            double half = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2) * se;
            double diff = mean(a) - mean(b);
            if (Math.abs(diff) > half) {
                failures.add(String.format("%s: 20,000 customers %.6g, 200,000 %.6g, difference %.3g +/- %.3g",
                        figure, mean(a), mean(b), diff, half));
            }
        }
        assertTrue(failures.isEmpty(), "figures that depend on the sample size: " + failures);
    }

    private static List<RunSummary> run(int customers, int replications) {
        ScenarioParams p = Scenarios.load(TestScenarios.SCENARIOS.resolve("uk-baseline.yaml"),
                List.of("customers=" + customers, "days=180")).params();
        return Replications.run(p, 0, replications, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    private static double[] values(List<RunSummary> runs, String figure) {
        return runs.stream().mapToDouble(r -> r.figures().get(figure)).toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
