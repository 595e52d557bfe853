package uk.cxsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a run needs, resolved and validated. Built by the scenario package; the model reads it only.
 *
 * @param title        what the scenario does in a few words, to be read in the middle of a sentence ("every supplier
 *                     cuts its phone and counter staff by 20%"); empty if it states none
 * @param population   adults the simulated customers stand for (UK about 50 million)
 * @param customers    simulated customers N; counts and GBP are scaled by population / customers
 * @param days         measured days
 * @param warmupDays   days simulated before measuring (after the equilibrium start, if any)
 * @param spinUp       the equilibrium start that brings tenure, loyalty and holdings to their long-run mix
 * @param seed         root seed; every random stream is derived from it
 * @param poolErlangs  offered load of one contact-centre pool at its busiest hour: queued channels are served
 *                     by pools of this size, the sample's calls mixed with background calls (0: sample scale)
 */
public record ScenarioParams(
        String name,
        String description,
        String title,
        long population,
        int customers,
        int days,
        int warmupDays,
        SpinUpParams spinUp,
        long seed,
        double poolErlangs,
        CalendarParams calendar,
        PeopleParams people,
        BehaviourParams behaviour,
        NetworkParams network,
        CostParams costs,
        List<SectorParams> sectors) implements Serializable {

    /** How many real adults one simulated customer stands for. */
    public double scaleFactor() {
        return (double) population / customers;
    }

    public int totalDays() {
        return warmupDays + days;
    }

    /**
     * The model-wide index of each sector's first supplier, suppliers numbered sector by sector: sector s owns
     * [first[s], first[s + 1]), and the last entry is the number of suppliers.
     */
    public int[] firstSuppliers() {
        int[] first = new int[sectors.size() + 1];
        for (int s = 0; s < sectors.size(); s++) {
            first[s + 1] = first[s] + sectors.get(s).suppliers().size();
        }
        return first;
    }

    public int supplierCount() {
        int n = 0;
        for (SectorParams s : sectors) {
            n += s.suppliers().size();
        }
        return n;
    }

    /** A copy with another size, length or seed (the CLI's --customers, --days and --seed). */
    public ScenarioParams with(int newCustomers, int newDays, long newSeed) {
        return new ScenarioParams(name, description, title, population, newCustomers, newDays, warmupDays, spinUp,
                newSeed, poolErlangs, calendar, people, behaviour, network, costs, sectors);
    }

    /** The spin-up of this scenario's equilibrium start: its own size and length, no warm-up, no spin-up. */
    public ScenarioParams spinUpRun() {
        return new ScenarioParams(name, description, title, population, Math.min(customers, spinUp.customers()),
                (int) Math.round(spinUp.years() * 365), 0, new SpinUpParams(0, 0), seed, poolErlangs, calendar,
                people, behaviour, network, costs, sectors);
    }

    /** Whether runs of this scenario start from an equilibrium (a spin-up) rather than fresh relationships. */
    public boolean startsFromEquilibrium() {
        return spinUp.years() > 0 && spinUp.customers() > 0;
    }
}
