package uk.cxsim.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Population;
import uk.cxsim.model.SocialNetwork;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Runs one replication of a scenario: builds the population, network and relationships (fresh, or from the
 * equilibrium of a spin-up), installs the daily phases (deaths, then every sector's day, then recording) on the
 * MASON schedule, and steps it day by day.
 */
public final class Simulation {
    private Simulation() {
    }

    /**
     * @param threads sectors simulated in parallel (1: one after another); results do not depend on it
     */
    public static RunRecord run(ScenarioParams params, int replication, int threads, ProgressListener progress) {
        return run(params, params, replication, threads, progress);
    }

    /**
     * Runs {@code params} from the world of {@code start} (a comparison's base): the equilibrium start is the
     * base's, and queues are served by the base's pools, so a what-if changes the service from the day it starts,
     * and not the pooling.
     *
     * @param threads sectors simulated in parallel (1: one after another); results do not depend on it
     */
    public static RunRecord run(ScenarioParams params, ScenarioParams start, int replication, int threads,
                                ProgressListener progress) {
        return run(params, start, replication, threads, progress, CheckpointSink.NONE);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, ProgressListener)}, saving a checkpoint to
     * {@code checkpoints} every so many days of the measured run.
     */
    public static RunRecord run(ScenarioParams params, ScenarioParams start, int replication, int threads,
                                ProgressListener progress, CheckpointSink checkpoints) {
        return run(params, start, replication, threads, progress, checkpoints, SpinUps.NONE);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, ProgressListener, CheckpointSink)}, starting from
     * the spin-up {@code spinUps} holds for {@code start}'s replication, or keeping the one it makes there.
     */
    public static RunRecord run(ScenarioParams params, ScenarioParams start, int replication, int threads,
                                ProgressListener progress, CheckpointSink checkpoints, SpinUps spinUps) {
        return run(params, start, replication, threads, progress, checkpoints, spinUps, SimulatedSectors.ALL);
    }

    /**
     * As {@link #run(ScenarioParams, ScenarioParams, int, int, ProgressListener, CheckpointSink, SpinUps)},
     * simulating only the sectors {@code simulated} names: their figures are those of a run of every sector, and
     * the other sectors' suppliers count nothing.
     */
    public static RunRecord run(ScenarioParams params, ScenarioParams start, int replication, int threads,
                                ProgressListener progress, CheckpointSink checkpoints, SpinUps spinUps,
                                SimulatedSectors simulated) {
        long started = System.nanoTime();
        PoolSizes own = PoolSizes.of(params);
        PoolSizes pools = start == params ? own : PoolSizes.of(start);
        StaffingTables tables = new StaffingTables();
        List<SpinUps.Done> equilibrium = null;
        long events = 0;
        double spinUpSeconds = 0;
        People people;
        if (start.startsFromEquilibrium()) {
            // the run's own people are drawn while the spin-up runs: they do not depend on it
            CompletableFuture<People> drawn = threads > 1
                    ? CompletableFuture.supplyAsync(() -> People.draw(params, replication), DAEMON)
                    : CompletableFuture.completedFuture(null);
            equilibrium = spinUps.get(start, replication, simulated.of(start.sectors().size()), sectors -> {
                long spinStarted = System.nanoTime();
                ScenarioParams spin = start.spinUpRun();
                World w = build(spin, People.draw(spin, replication), pools, PoolSizes.of(spin), tables, replication,
                        threads, true, null, false, SimulatedSectors.only(Arrays.stream(sectors).boxed().toList()));
                w.model().start();
                simulate(w, 0, threads, ProgressListener.NONE, CheckpointSink.NONE, null);
                return new SpinUps.Done(new EquilibriumStart(w.model(), spin.totalDays()), sectors, w.events(),
                        (System.nanoTime() - spinStarted) / 1e9);
            });
            for (SpinUps.Done spun : equilibrium) {
                events += spun.events();
                spinUpSeconds += spun.seconds();
            }
            people = drawn.join();
            if (people == null) {
                people = People.draw(params, replication);
            }
        } else {
            people = People.draw(params, replication);
        }
        World w = build(params, people, pools, own, tables, replication, threads, false, equilibrium, true,
                simulated);
        double[] initialCustomers = new double[w.model().suppliers.length];
        for (int g = 0; g < initialCustomers.length; g++) {
            initialCustomers[g] = w.model().suppliers[g].customers();
        }
        w.model().start();
        RunCheckpoint begun = new RunCheckpoint(w, initialCustomers, 0, events, spinUpSeconds,
                (System.nanoTime() - started) / 1e9);
        return resume(begun, threads, progress, checkpoints);
    }

    /**
     * Continues a run from a checkpoint (day 0 for a run just built) to the end, to the same results as had it
     * never stopped; saves further checkpoints to {@code checkpoints}.
     *
     * @param threads sectors simulated in parallel (1: one after another); results do not depend on it
     */
    public static RunRecord resume(RunCheckpoint from, int threads, ProgressListener progress,
                                   CheckpointSink checkpoints) {
        long started = System.nanoTime();
        World w = from.world;
        simulate(w, from.daysDone, threads, progress, checkpoints, (daysDone, sinceStart) ->
                new RunCheckpoint(w, from.initialCustomers, daysDone, from.spinUpEvents, from.spinUpSeconds,
                        from.secondsBefore + sinceStart));
        double wall = from.secondsBefore + (System.nanoTime() - started) / 1e9;
        Recorder recorder = w.recorder();
        CxModel model = w.model();
        return new RunRecord(model.params, model.replication, recorder.measured(), w.tally().copy(),
                from.initialCustomers, recorder.measureStartCustomers(), recorder.measureStartByStage(),
                recorder.daily(), recorder.measuredHourly(), SegmentCounter.count(model, w.segments()),
                from.spinUpEvents + w.events(), wall, from.spinUpSeconds);
    }

    /** Makes the checkpoint of a world after {@code daysDone} days, {@code seconds} into this session. */
    private interface Snapshot {
        RunCheckpoint after(int daysDone, double seconds);
    }

    /** A run's adults and their ties, drawn from the population and network streams. */
    private record People(PopulationFactory factory, Population population, SocialNetwork network) {
        static People draw(ScenarioParams params, int replication) {
            long seed = params.seed();
            int n = params.customers();
            PopulationFactory factory = new PopulationFactory(params.people());
            Population population = factory.create(n, RandomStreams.stream(seed, replication,
                    RandomStreams.POPULATION_SCOPE, RandomStreams.Stream.POPULATION));
            SocialNetwork network = PopulationFactory.network(n, params.network(), RandomStreams.stream(seed,
                    replication, RandomStreams.POPULATION_SCOPE, RandomStreams.Stream.NETWORK));
            return new People(factory, population, network);
        }
    }

    private static final java.util.concurrent.Executor DAEMON = r -> {
        Thread t = new Thread(r, "cxsim-people");
        t.setDaemon(true);
        t.start();
    };

    private static World build(ScenarioParams params, People people, PoolSizes pools, PoolSizes own,
                               StaffingTables tables, int replication, int threads, boolean steadyStatePools,
                               List<SpinUps.Done> equilibrium, boolean recorded, SimulatedSectors simulated) {
        long seed = params.seed();
        int n = params.customers();
        PopulationFactory factory = people.factory();
        CxModel model = new CxModel(params, replication, people.population(), people.network());
        SupplierTally tally = new SupplierTally(model.suppliers.length);
        HourlyTally hourly = new HourlyTally(model.suppliers.length);
        int sectors = params.sectors().size();
        SectorContext[] contexts = new SectorContext[sectors];
        RelationshipLifecycle[] lifecycles = new RelationshipLifecycle[sectors];
        SegmentTally[] segments = new SegmentTally[sectors];
        for (int s = 0; s < sectors; s++) {
            contexts[s] = new SectorContext(model, s, tally);
            segments[s] = new SegmentTally(params.people().ageBands().size(), n);
            lifecycles[s] = new RelationshipLifecycle(contexts[s], segments[s]);
        }
        int[] active = simulated.of(sectors);
        if (equilibrium == null) {
            for (int s : active) {
                lifecycles[s].assignInitial(
                        RandomStreams.stream(seed, replication, s, RandomStreams.Stream.INITIAL_RELATIONSHIPS));
            }
        } else {
            for (SpinUps.Done spun : equilibrium) {
                int[] filled = Arrays.stream(spun.sectors()).filter(s -> Arrays.binarySearch(active, s) >= 0)
                        .toArray();
                spun.start().apply(model, lifecycles, filled, threads,
                        s -> RandomStreams.stream(seed, replication, s, RandomStreams.Stream.EQUILIBRIUM_START));
            }
        }
        SectorEngine[] engines = new SectorEngine[active.length];
        for (int k = 0; k < active.length; k++) {
            int s = active[k];
            engines[k] = new SectorEngine(contexts[s], hourly, lifecycles[s], pools, own, tables, steadyStatePools);
        }
        SectorsPhase sectorsPhase = new SectorsPhase(model, engines);
        model.install(new LifeEvents(model, lifecycles, active, factory));
        model.install(sectorsPhase);
        Recorder recorder = recorded ? new Recorder(model, tally, hourly, segments) : null;
        if (recorder != null) {
            model.install(recorder);
        }
        return new World(model, tally, segments, engines, sectorsPhase, recorder);
    }

    /**
     * Steps a started world from day {@code fromDay} to its last: deaths, then every sector's day, then recording
     * (if any); saves a checkpoint every so many days, but not after the last.
     */
    private static void simulate(World w, int fromDay, int threads, ProgressListener progress,
                                 CheckpointSink checkpoints, Snapshot snapshot) {
        long started = System.nanoTime();
        CxModel model = w.model();
        int sectors = w.engines().length;
        ExecutorService executor = threads > 1 ? Parallel.pool("cxsim-sector", Math.min(threads, sectors)) : null;
        w.sectorsPhase().runOn(executor);
        int every = checkpoints.everyDays();
        try {
            int total = model.params.totalDays();
            for (int d = fromDay; d < total; d++) {
                if (Thread.currentThread().isInterrupted()) {
                    // a run whose caller was stopped (a cancelled studio what-if) ends between days
                    throw new CancellationException("the run was stopped");
                }
                model.schedule.step(model);
                progress.dayDone(d + 1, total);
                if (every > 0 && (d + 1) % every == 0 && d + 1 < total) {
                    checkpoints.save(snapshot.after(d + 1, (System.nanoTime() - started) / 1e9));
                }
            }
            model.finish();
        } finally {
            w.sectorsPhase().runOn(null);
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }
}
