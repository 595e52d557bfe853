package uk.cxsim.behaviour;

import uk.cxsim.model.SplitMixRandom;

/** Random draws used by the behaviour rules. Each takes the stream it draws from. */
public final class Sampling {
    private Sampling() {
    }

    /** Exponential with the given mean. */
    public static double exponential(SplitMixRandom rng, double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
    }

    /** Lognormal with the given mean and coefficient of variation (cv 0 gives the mean). */
    public static double lognormal(SplitMixRandom rng, double mean, double cv) {
        if (cv <= 0) {
            return mean;
        }
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
    }

    /** Index drawn with probability proportional to its weight; -1 if all weights are zero. */
    public static int categorical(SplitMixRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** True with probability p. */
    public static boolean chance(SplitMixRandom rng, double p) {
        return p > 0 && (p >= 1 || rng.nextDouble() < p);
    }
}
