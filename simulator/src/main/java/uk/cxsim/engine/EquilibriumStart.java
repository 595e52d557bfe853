package uk.cxsim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

import uk.cxsim.behaviour.Frustration;
import uk.cxsim.model.Clock;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Population;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;

/**
 * Starts a run from the long-run state of a spin-up: a smaller population simulated for years. Each customer keeps
 * their own traits and takes, in every sector, the relationship state of a similar customer of the spin-up (same age
 * band, switching habit and preferred channel, the nearest tolerance): held or not and with whom, tenure, loyalty
 * stage, positive moments, open issues, frustration (scaled to their own tolerance) and their last departure.
 *
 * <p>Donors are chosen among the closest candidates with weights that bring the suppliers' shares back to the
 * scenario's stated market shares, so the spin-up settles who holds what, how long and how loyal, while the market
 * the strategist describes is the one measured. Suppliers take the spin-up's reputations. Customers without a
 * relationship book their return to the sector; recent leavers are on their former supplier's win-back list.
 */
final class EquilibriumStart {
    /** Candidate donors either side of the customer's place by tolerance. */
    private static final int WINDOW = 4;
    /** A stratum needs this many donors, else a coarser one is used. */
    private static final int MIN_STRATUM = 4 * WINDOW;

    private final CxModel spun;
    private final int endDay;
    /** Donors by stratum at four levels (fine, band and habit, band, all), indexed by key, sorted by tolerance. */
    private final int[][][] strata = new int[4][][];
    private final float[][][] tolerances = new float[4][][];

    EquilibriumStart(CxModel spun, int endDay) {
        this.spun = spun;
        this.endDay = endDay;
        Population p = spun.population;
        for (int level = 0; level < 4; level++) {
            Map<Integer, List<Integer>> groups = new HashMap<>();
            for (int k = 0; k < p.size; k++) {
                groups.computeIfAbsent(key(p, k, level), x -> new ArrayList<>()).add(k);
            }
            int keys = 1;
            for (int key : groups.keySet()) {
                keys = Math.max(keys, key + 1);
            }
            int[][] donors = new int[keys][];
            float[][] tol = new float[keys][];
            for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
                int[] ks = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                Integer[] boxed = e.getValue().toArray(new Integer[0]);
                Arrays.sort(boxed, (a, b) -> Float.compare(p.tolerance(a), p.tolerance(b)));
                float[] t = new float[ks.length];
                for (int m = 0; m < ks.length; m++) {
                    ks[m] = boxed[m];
                    t[m] = p.tolerance(ks[m]);
                }
                donors[e.getKey()] = ks;
                tol[e.getKey()] = t;
            }
            strata[level] = donors;
            tolerances[level] = tol;
        }
    }

    private int[] donors(Population p, int i, int level) {
        int key = key(p, i, level);
        return key < strata[level].length ? strata[level][key] : null;
    }

    private static int key(Population p, int i, int level) {
        return switch (level) {
            case 0 -> (p.ageBand(i) * 2 + (p.naturalSwitcher(i) ? 1 : 0)) * 16 + p.preferredChannel(i);
            case 1 -> p.ageBand(i) * 2 + (p.naturalSwitcher(i) ? 1 : 0);
            case 2 -> p.ageBand(i);
            default -> 0;
        };
    }

    /**
     * Gives every customer of {@code model} a relationship state in each sector of {@code sectors}, which this
     * spin-up simulated, and those sectors' suppliers its reputations. Sectors are filled in parallel, each from its
     * own random stream, so the result depends neither on the threads nor on which other sectors are filled.
     */
    void apply(CxModel model, RelationshipLifecycle[] lifecycles, int[] sectors, int threads,
               IntFunction<SplitMixRandom> streams) {
        Population p = model.population;
        int[][] groupDonors = new int[p.size][];
        int[] from = new int[p.size];
        for (int i = 0; i < p.size; i++) {
            int level = 0;
            int[] donors = donors(p, i, 0);
            while (donors == null || donors.length < MIN_STRATUM && level < 3) {
                level++;
                donors = donors(p, i, level);
            }
            float[] tol = tolerances[level][key(p, i, level)];
            int at = Arrays.binarySearch(tol, p.tolerance(i));
            at = at < 0 ? -at - 1 : at;
            groupDonors[i] = donors;
            from[i] = Math.max(0, Math.min(at - WINDOW, donors.length - 2 * WINDOW));
        }
        ExecutorService pool = Parallel.pool("cxsim-equilibrium", Math.max(1, Math.min(threads, sectors.length)));
        try {
            List<Callable<Void>> fills = new ArrayList<>();
            for (int sector : sectors) {
                fills.add(() -> {
                    fill(model, sector, lifecycles[sector], groupDonors, from, streams.apply(sector));
                    return null;
                });
            }
            Parallel.all(pool, fills);
        } finally {
            pool.shutdownNow();
        }
        for (SupplierState main : model.suppliers) {
            if (Arrays.stream(sectors).noneMatch(s -> s == main.sector)) {
                continue;
            }
            main.startingCustomers = main.customers();
            for (SupplierState s : spun.suppliers) {
                if (s.sector == main.sector && s.params.name().equals(main.params.name())) {
                    main.reputation = s.reputation;
                    main.miseryRate = s.miseryRate;
                }
            }
        }
        for (int sector : sectors) {
            lifecycles[sector].updateRivals();
        }
    }

    /** One sector: each customer takes the state of a donor among their candidates, weighted to the stated shares. */
    private void fill(CxModel model, int s, RelationshipLifecycle lifecycle, int[][] groupDonors, int[] from,
                      SplitMixRandom rng) {
        int[] supplierMap = mapSuppliers(model, s);
        double[] correction = shareCorrection(model, s, supplierMap);
        double halfLife = model.params.behaviour().frustrationHalfLifeDays() * Clock.MINUTES_PER_DAY;
        double endMinute = Clock.startOfDay(endDay);
        RelationshipBook donorBook = spun.books[s];
        RelationshipBook book = model.books[s];
        Population p = model.population;
        double[] weights = new double[2 * WINDOW];
        for (int i = 0; i < p.size; i++) {
            int[] donors = groupDonors[i];
            int first = from[i];
            int count = Math.min(2 * WINDOW, donors.length - first);
            double total = 0;
            for (int m = 0; m < count; m++) {
                int j = donorBook.supplier(donors[first + m]);
                weights[m] = j == RelationshipBook.NONE ? 1.0 : correction[j];
                total += weights[m];
            }
            double u = rng.nextDouble() * total;
            int pick = 0;
            while (pick < count - 1 && (u -= weights[pick]) >= 0) {
                pick++;
            }
            int k = donors[first + pick];
            double scale = Frustration.decayFactor(endMinute - donorBook.updatedAt(k), halfLife)
                    * p.tolerance(i) / spun.population.tolerance(k);
            int j = book.restore(i, donorBook, k, supplierMap, -endDay, scale, 0);
            lifecycle.started(i, j, rng);
        }
    }

    /** The run's supplier index for each spin-up supplier of the sector (by name), or NONE. */
    private int[] mapSuppliers(CxModel model, int sector) {
        int n = spun.suppliersIn(sector);
        int[] map = new int[n];
        for (int j = 0; j < n; j++) {
            map[j] = RelationshipBook.NONE;
            String name = spun.supplier(sector, j).params.name();
            for (int m = 0; m < model.suppliersIn(sector); m++) {
                if (model.supplier(sector, m).params.name().equals(name)) {
                    map[j] = m;
                }
            }
        }
        return map;
    }

    /** Weight of a donor holding spin-up supplier j: the stated share over the share the spin-up reached. */
    private double[] shareCorrection(CxModel model, int sector, int[] map) {
        int n = spun.suppliersIn(sector);
        double held = 0;
        for (int j = 0; j < n; j++) {
            held += spun.supplier(sector, j).customers();
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double reached = held > 0 ? spun.supplier(sector, j).customers() / held : 0;
            double stated = map[j] == RelationshipBook.NONE ? 0
                    : model.supplier(sector, map[j]).params.marketShare();
            w[j] = reached > 0 ? stated / reached : 0;
        }
        return w;
    }
}
