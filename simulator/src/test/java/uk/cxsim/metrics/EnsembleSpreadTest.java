package uk.cxsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.FDistribution;
import org.junit.jupiter.api.Test;

class EnsembleSpreadTest {
    private static final int MEMBERS = 30;
    private static final int REPLICATIONS = 5;

    @Test
    void withNoParameterEffectTheSpreadIsAttributedToNoise() {
        Random rng = new Random(11);
        List<Interval> members = new ArrayList<>();
        for (int k = 0; k < MEMBERS; k++) {
            members.add(replications(rng, 100.0, 8.0));
        }
        EnsembleSpread s = EnsembleSpread.of(members);
        // with no effect, n * var(means) / pooled within-variance ~ F(K-1, K(n-1)); the share is max(0, 1 - 1/F),
        // so it exceeds 1 - 1/F_0.999 one time in a thousand
        double f999 = new FDistribution(MEMBERS - 1, MEMBERS * (REPLICATIONS - 1)).inverseCumulativeProbability(0.999);
        assertTrue(s.parameterShare() < 1 - 1 / f999, "parameter share " + s.parameterShare());
        // the pooled variance has K(n-1) = 120 degrees of freedom: its sd is sqrt(2/120) = 13% of it, 6.5% on the
        // sd; 25% is almost four of those
        assertEquals(8.0 / Math.sqrt(REPLICATIONS), s.noiseSd(), 8.0 / Math.sqrt(REPLICATIONS) * 0.25,
                "noise sd of a member's mean");
        assertEquals(1.0, s.sharePositive());
    }

    @Test
    void membersThatTrulyDifferAreAttributedToParameters() {
        Random rng = new Random(12);
        List<Interval> members = new ArrayList<>();
        for (int k = 0; k < MEMBERS; k++) {
            members.add(replications(rng, 50.0 * rng.nextGaussian(), 2.0));
        }
        EnsembleSpread s = EnsembleSpread.of(members);
        // true share 2500 / (2500 + 4 / 5): over 0.999; var(means) / (sigma_b^2) ~ chi2(29) / 29, above 0.4 except
        // one time in a thousand, so the estimate stays above 0.99
        assertTrue(s.parameterShare() > 0.99, "parameter share " + s.parameterShare());
        // the members' means carry K-1 = 29 degrees of freedom: sd sqrt(2/29) = 26% on the variance, 13% on the
        // sd; 45% is over three of those
        assertEquals(50.0, s.parameterSd(), 50.0 * 0.45, "sd across parameter sets");
        assertTrue(s.sharePositive() > 0.2 && s.sharePositive() < 0.8, "about half save: " + s.sharePositive());
    }

    @Test
    void percentilesAndSharesOfKnownEstimates() {
        List<Interval> members = new ArrayList<>();
        for (int v = -10; v <= 90; v++) {
            members.add(new Interval(v, 0, 0, REPLICATIONS));
        }
        EnsembleSpread s = EnsembleSpread.of(members);
        assertEquals(40.0, s.median(), 1e-12);
        assertEquals(-5.0, s.p5(), 1e-12);
        assertEquals(85.0, s.p95(), 1e-12);
        assertEquals(90.0 / 101, s.sharePositive(), 1e-12);
        assertEquals(1.0, s.parameterShare(), 1e-12, "without noise all of the spread is the parameters'");
    }

    private static Interval replications(Random rng, double mean, double sd) {
        double[] x = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            x[r] = mean + sd * rng.nextGaussian();
        }
        return Interval.of(x);
    }
}
