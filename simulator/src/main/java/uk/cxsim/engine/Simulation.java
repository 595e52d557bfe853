package uk.cxsim.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Population;
import uk.cxsim.model.SocialNetwork;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Runs one replication of a scenario: builds the population, network and relationships, installs the daily
 * phases (deaths, then every sector's day, then recording) on the MASON schedule, and steps it day by day.
 */
public final class Simulation {
    private Simulation() {
    }

    /**
     * @param threads sectors simulated in parallel (1: one after another); results do not depend on it
     */
    public static RunRecord run(ScenarioParams params, int replication, int threads, ProgressListener progress) {
        long started = System.nanoTime();
        long seed = params.seed();
        int n = params.customers();
        PopulationFactory factory = new PopulationFactory(params.people());
        Population population = factory.create(n,
                RandomStreams.stream(seed, replication, RandomStreams.POPULATION_SCOPE, RandomStreams.Stream.POPULATION));
        SocialNetwork network = PopulationFactory.network(n, params.network(),
                RandomStreams.stream(seed, replication, RandomStreams.POPULATION_SCOPE, RandomStreams.Stream.NETWORK));
        CxModel model = new CxModel(params, replication, population, network);
        SupplierTally tally = new SupplierTally(model.suppliers.length);

        int sectors = params.sectors().size();
        RelationshipLifecycle[] lifecycles = new RelationshipLifecycle[sectors];
        SectorEngine[] engines = new SectorEngine[sectors];
        for (int s = 0; s < sectors; s++) {
            lifecycles[s] = new RelationshipLifecycle(model, s, tally);
            lifecycles[s].assignInitial(
                    RandomStreams.stream(seed, replication, s, RandomStreams.Stream.INITIAL_RELATIONSHIPS));
            engines[s] = new SectorEngine(model, s, tally, lifecycles[s]);
        }
        int[] initialCustomers = new int[model.suppliers.length];
        for (int g = 0; g < initialCustomers.length; g++) {
            initialCustomers[g] = model.suppliers[g].customers();
        }

        ExecutorService executor = threads > 1 ? Executors.newFixedThreadPool(Math.min(threads, sectors),
                r -> {
                    Thread t = new Thread(r, "cxsim-sector");
                    t.setDaemon(true);
                    return t;
                }) : null;
        Recorder recorder = new Recorder(model, tally, engines);
        model.install(new LifeEvents(model, lifecycles, factory));
        model.install(new SectorsPhase(model, engines, executor));
        model.install(recorder);
        try {
            model.start();
            int total = params.totalDays();
            for (int d = 0; d < total; d++) {
                model.schedule.step(model);
                progress.dayDone(d + 1, total);
            }
            model.finish();
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        long events = 0;
        for (SectorEngine e : engines) {
            events += e.eventsProcessed();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        return new RunRecord(params, replication, recorder.measured(), tally.copy(), initialCustomers,
                recorder.measureStartCustomers(), recorder.daily(), recorder.measuredHourly(), events, wall);
    }
}
