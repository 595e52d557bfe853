package uk.cxsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

import uk.cxsim.behaviour.Sampling;
import uk.cxsim.model.Clock;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.SplitMixRandom;

/**
 * The first phase of each day: deaths. Every relationship of an adult who dies ends with the reason "died";
 * a new adult of the same age band takes the slot, with traits of their own, and takes up relationships as a
 * prospect. The model does not age its adults, so replacing a death within its band keeps the population and its
 * age mix steady: the adult population is stationary.
 * It runs alone, before the sectors, because it touches every sector. Who dies and the new adult's traits come
 * from the population's stream; what follows in each sector from that sector's own stream, so a change in one
 * sector does not shift the random numbers of another (common random numbers hold sector by sector).
 */
final class LifeEvents implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CxModel model;
    private final RelationshipLifecycle[] lifecycles;
    /** The sectors simulated, ascending. */
    private final int[] active;
    private final PopulationFactory factory;
    private final SplitMixRandom rng;
    /** What a death ends and starts in each sector, keyed by the death's number. */
    private final KeyedDraws[] bySector;
    private long deaths;

    LifeEvents(CxModel model, RelationshipLifecycle[] lifecycles, int[] active, PopulationFactory factory) {
        this.model = model;
        this.lifecycles = lifecycles;
        this.active = active.clone();
        this.factory = factory;
        this.rng = RandomStreams.stream(model.params.seed(), model.replication, RandomStreams.POPULATION_SCOPE,
                RandomStreams.Stream.LIFE);
        this.bySector = new KeyedDraws[lifecycles.length];
        for (int s = 0; s < lifecycles.length; s++) {
            bySector[s] = new KeyedDraws(model.params.seed(), model.replication, s, RandomStreams.Stream.LIFE);
        }
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        int n = model.population.size;
        double perDay = Clock.perDay(n * model.params.people().mortalityPerYear());
        if (perDay <= 0) {
            return;
        }
        for (double x = Sampling.exponential(rng, 1 / perDay); x < 1; x += Sampling.exponential(rng, 1 / perDay)) {
            die(rng.nextInt(n), (day + x) * Clock.MINUTES_PER_DAY);
        }
    }

    private void die(int i, double t) {
        long death = deaths++;
        for (int s : active) {
            if (model.books[s].holds(i)) {
                lifecycles[s].leave(i, LeaveReason.DIED, null, t, bySector[s].at(death, 0));
            }
        }
        model.population.nextGeneration(i);
        factory.drawTraits(model.population, i, model.population.ageBand(i), rng);
        for (int s : active) {
            model.books[s].forgetFormer(i);
            SplitMixRandom rng = bySector[s].at(death, 1);
            if (Sampling.chance(rng, model.params.sectors().get(s).holdShare())) {
                lifecycles[s].pursue(i, 0L, t, rng);
            }
        }
    }
}
