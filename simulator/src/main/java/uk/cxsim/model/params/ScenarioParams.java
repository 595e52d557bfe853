package uk.cxsim.model.params;

import java.util.List;

/**
 * Everything a run needs, resolved and validated. Built by the scenario package; the model reads it only.
 *
 * @param population   adults the simulated customers stand for (UK about 50 million)
 * @param customers    simulated customers N; counts and GBP are scaled by population / customers
 * @param days         measured days
 * @param warmupDays   days simulated before measuring, so frustration and ladders reach a steady state
 * @param seed         root seed; every random stream is derived from it
 * @param queueMinAgents each contact-centre queue is simulated with at least this many agents at its busiest
 *                     hour, its sample's calls mixed with background calls (0: queues at sample scale)
 */
public record ScenarioParams(
        String name,
        String description,
        long population,
        int customers,
        int days,
        int warmupDays,
        long seed,
        int queueMinAgents,
        CalendarParams calendar,
        PeopleParams people,
        BehaviourParams behaviour,
        NetworkParams network,
        CostParams costs,
        List<SectorParams> sectors) {

    /** How many real adults one simulated customer stands for. */
    public double scaleFactor() {
        return (double) population / customers;
    }

    public int totalDays() {
        return warmupDays + days;
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
        return new ScenarioParams(name, description, population, newCustomers, newDays, warmupDays, newSeed,
                queueMinAgents, calendar, people, behaviour, network, costs, sectors);
    }
}
