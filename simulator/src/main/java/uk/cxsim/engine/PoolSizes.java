package uk.cxsim.engine;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import uk.cxsim.model.Channel;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * The size of the pools that serve every supplier's queued channel, fixed from one scenario's expected demand (the
 * base of a comparison), so that a what-if changes the service, not the pooling: a staffing lever does not also
 * change how large a team the calls meet. The sizes are the population's, so any sample size gets the same pools.
 */
public final class PoolSizes implements Serializable {
    /** The real operation's peak offered load and the load of one of its pools, in Erlangs. */
    private record Loads(double realPeak, double pool) implements Serializable {
    }

    private final Map<String, Loads> loads = new HashMap<>();

    private PoolSizes() {
    }

    /** The pool sizes of a scenario, from what its parameters say the calls will be. */
    public static PoolSizes of(ScenarioParams p) {
        PoolSizes sizes = new PoolSizes();
        for (int s = 0; s < p.sectors().size(); s++) {
            SectorParams sector = p.sectors().get(s);
            for (int j = 0; j < sector.suppliers().size(); j++) {
                SupplierParams sp = sector.suppliers().get(j);
                for (Channel c : Channel.values()) {
                    ChannelParams cp = sp.channel(c);
                    if (c.kind() == Channel.Kind.QUEUED && cp.offered()) {
                        double relationships = p.population() * sector.holdShare() * sp.marketShare();
                        double peak = 0;
                        for (double rate : ExpectedDemand.arrivalsPerMinute(p, s, j, c, relationships)) {
                            peak = Math.max(peak, rate * cp.handleMinutes());
                        }
                        double pool = p.poolErlangs() > 0 ? Math.min(p.poolErlangs(), peak) : 0;
                        sizes.loads.put(key(sector.name(), sp.name(), c), new Loads(peak, pool));
                    }
                }
            }
        }
        return sizes;
    }

    /**
     * Pools and multiplier for one queue of a run with {@code customers} simulated customers standing for
     * {@code population}; a queue this plan does not know is sized from {@code own}.
     *
     * @return {pools, multiplier}
     */
    double[] pooling(String sector, String supplier, Channel c, long population, int customers, PoolSizes own) {
        Loads l = loads.get(key(sector, supplier, c));
        if (l == null) {
            l = own.loads.get(key(sector, supplier, c));
        }
        if (l == null || l.pool() <= 0 || l.realPeak() <= 0) {
            return new double[]{1, 1};
        }
        double samplePeak = l.realPeak() * customers / population;
        int pools = Math.max(1, (int) Math.ceil(samplePeak / l.pool() - 1e-9));
        double multiplier = Math.max(1.0, l.pool() * pools / samplePeak);
        return new double[]{pools, multiplier};
    }

    private static String key(String sector, String supplier, Channel c) {
        return sector + "\u0000" + supplier + "\u0000" + c.key();
    }
}
