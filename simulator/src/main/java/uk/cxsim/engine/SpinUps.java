package uk.cxsim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import uk.cxsim.model.params.ScenarioParams;

/**
 * Equilibrium starts already spun up, to start further runs from. A sector's spin-up depends only on the scenario it
 * starts from, the replication and the sector (every sector draws from its own streams, see
 * {@link SimulatedSectors}), and starting a run reads it without changing it, so the runs of a comparison (the base
 * and every what-if of one replication start from the base's world) and the studio's what-ifs on one base share
 * one spin-up per replication and sector, with results identical to spinning up each time. A run of some sectors
 * spins up only those, so a what-if's sector can start before the base's other sectors are spun up. Holds the
 * spun-up worlds until dropped; {@link #NONE} keeps nothing.
 */
public final class SpinUps {
    /** Spins up every run afresh (the run's sectors only). */
    public static final SpinUps NONE = new SpinUps(false);

    /**
     * One spin-up: the start it gives, the sectors it simulated, the events it simulated and how long it took.
     *
     * @param sectors the sectors simulated, ascending
     */
    record Done(EquilibriumStart start, int[] sectors, long events, double seconds) {
    }

    private record Key(ScenarioParams start, int replication, int sector) {
    }

    private final boolean keeps;
    private final Map<Key, CompletableFuture<Done>> done = new ConcurrentHashMap<>();

    private SpinUps(boolean keeps) {
        this.keeps = keeps;
    }

    /** A store that keeps every spin-up it is given. */
    public static SpinUps kept() {
        return new SpinUps(true);
    }

    /**
     * The spin-ups holding {@code sectors} of {@code start}'s replication: those not yet made are made together by
     * {@code spin} (given the sectors it is to simulate), the others shared. Runs share a spin-up when they are
     * given the same parameters object (records holding arrays are not equal by content), as a comparison's runs
     * are. Each spin-up is listed once, in the order of the first of {@code sectors} it holds. A spin-up whose maker
     * failed or was stopped is made again here (its sectors were given up before it failed).
     */
    List<Done> get(ScenarioParams start, int replication, int[] sectors, Function<int[], Done> spin) {
        if (!keeps) {
            return List.of(spin.apply(sectors));
        }
        CompletableFuture<Done> mine = new CompletableFuture<>();
        List<CompletableFuture<Done>> futures = new ArrayList<>();
        int[] claimed = new int[sectors.length];
        int count = 0;
        for (int s : sectors) {
            CompletableFuture<Done> existing = done.putIfAbsent(new Key(start, replication, s), mine);
            if (existing == null) {
                claimed[count++] = s;
                futures.add(mine);
            } else {
                futures.add(existing);
            }
        }
        if (count > 0) {
            // the sectors claimed here are spun up before waiting for any other's: no two callers wait on each other
            int[] own = Arrays.copyOf(claimed, count);
            try {
                mine.complete(spin.apply(own));
            } catch (RuntimeException | Error e) {
                for (int s : own) {
                    done.remove(new Key(start, replication, s));
                }
                mine.completeExceptionally(e);
                throw e;
            }
        }
        List<Done> out = new ArrayList<>();
        for (CompletableFuture<Done> f : futures) {
            Done d;
            try {
                d = f.join();
            } catch (CancellationException | CompletionException e) {
                // another run making it was stopped (a cancelled what-if) and gave its sectors up: make them here
                return get(start, replication, sectors, spin);
            }
            if (out.stream().noneMatch(o -> o == d)) {
                out.add(d);
            }
        }
        return out;
    }
}
