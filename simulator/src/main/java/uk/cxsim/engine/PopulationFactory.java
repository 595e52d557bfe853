package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Driver;
import uk.cxsim.model.Population;
import uk.cxsim.model.SocialNetwork;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.AgeBandParams;
import uk.cxsim.model.params.NetworkParams;
import uk.cxsim.model.params.PeopleParams;

/** Draws customers' traits and the social network. */
final class PopulationFactory implements Serializable {
    /** Price sensitivity is capped at this multiple of its mean, so hazards have a known maximum. */
    static final double PRICE_SENSITIVITY_CAP = 4.0;

    private final PeopleParams people;
    private final double[] bandShares;

    PopulationFactory(PeopleParams people) {
        this.people = people;
        bandShares = people.ageBands().stream().mapToDouble(AgeBandParams::share).toArray();
    }

    Population create(int size, SplitMixRandom rng) {
        Population p = new Population(size);
        for (int i = 0; i < size; i++) {
            drawTraits(p, i, Sampling.categorical(rng, bandShares), rng);
        }
        return p;
    }

    /** Gives slot i a new adult of the given age band. */
    void drawTraits(Population p, int i, int band, SplitMixRandom rng) {
        AgeBandParams b = people.ageBands().get(band);
        int preferred = Sampling.categorical(rng, b.channelPreference());
        double patience = Sampling.lognormal(rng, people.patienceMinutes(), people.patienceCv());
        double acceptable = Sampling.lognormal(rng, people.acceptableWaitMinutes(), people.acceptableWaitCv());
        double tolerance = Sampling.lognormal(rng, people.toleranceMean(), people.toleranceCv())
                * b.toleranceMultiplier();
        double[] sensitivity = new double[Driver.COUNT];
        for (int d = 0; d < Driver.COUNT; d++) {
            sensitivity[d] = people.sensitivity()[d] * Sampling.lognormal(rng, 1.0, people.sensitivityCv());
        }
        boolean natural = Sampling.chance(rng, people.naturalSwitcherShare());
        double price = Math.min(Sampling.lognormal(rng, people.priceSensitivityMean(), people.priceSensitivityCv()),
                PRICE_SENSITIVITY_CAP * people.priceSensitivityMean());
        p.set(i, band, preferred, natural, patience, acceptable, tolerance, price, sensitivity);
    }

    /** Watts-Strogatz: a ring where each customer ties to degree/2 neighbours each side, ties rewired at random. */
    static SocialNetwork network(int size, NetworkParams params, SplitMixRandom rng) {
        int k = Math.min(params.degree(), Math.max(0, size - 1) / 2 * 2);
        SocialNetwork.Builder ties = new SocialNetwork.Builder(size, k);
        for (int i = 0; i < size; i++) {
            for (int m = 0; m < k; m++) {
                if (rng.nextDouble() < params.rewire()) {
                    int r;
                    do {
                        r = rng.nextInt(size);
                    } while (r == i);
                    ties.rewire(m, r);
                }
            }
            ties.nextCustomer();
        }
        return ties.build();
    }
}
