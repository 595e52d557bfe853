package uk.cxsim.model;

import java.util.ArrayList;
import java.util.List;

import sim.engine.SimState;
import sim.engine.Steppable;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;

/**
 * The cxsim model as a MASON {@link SimState}: customers, their relationships per sector, suppliers and the
 * social network. One schedule step is one day. The engine installs the daily phases; {@link #start()}
 * schedules them in their order. The model knows nothing of scenario files, charts or the command line.
 */
public class CxModel extends SimState {
    private static final long serialVersionUID = 1L;

    public final ScenarioParams params;
    public final int replication;
    public final Population population;
    public final SocialNetwork network;
    /** One book per sector, in scenario order. */
    public final RelationshipBook[] books;
    /** Every supplier, sector by sector in scenario order. */
    public final SupplierState[] suppliers;
    /** Global index of each sector's first supplier; sector s owns [firstSupplier[s], firstSupplier[s+1]). */
    public final int[] firstSupplier;

    private final List<Steppable> phases = new ArrayList<>();

    public CxModel(ScenarioParams params, int replication, Population population, SocialNetwork network) {
        super(params.seed());
        this.params = params;
        this.replication = replication;
        this.population = population;
        this.network = network;
        int sectors = params.sectors().size();
        books = new RelationshipBook[sectors];
        firstSupplier = params.firstSuppliers();
        suppliers = new SupplierState[params.supplierCount()];
        for (int s = 0; s < sectors; s++) {
            books[s] = new RelationshipBook(population.size);
            SectorParams sector = params.sectors().get(s);
            for (int j = 0; j < sector.suppliers().size(); j++) {
                int g = firstSupplier[s] + j;
                suppliers[g] = new SupplierState(sector.suppliers().get(j), g, j, s);
            }
        }
    }

    /** Adds a daily phase; phases run each day in the order they were installed. */
    public void install(Steppable phase) {
        phases.add(phase);
    }

    @Override
    public void start() {
        super.start();
        for (int i = 0; i < phases.size(); i++) {
            schedule.scheduleRepeating(0.0, i, phases.get(i), 1.0);
        }
    }

    public SupplierState supplier(int sector, int local) {
        return suppliers[firstSupplier[sector] + local];
    }

    public int suppliersIn(int sector) {
        return firstSupplier[sector + 1] - firstSupplier[sector];
    }

    /** Current simulated day (the schedule's time). */
    public int day() {
        return (int) Math.max(0, schedule.getTime());
    }
}
