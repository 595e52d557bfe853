package uk.cxsim.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import uk.cxsim.model.params.ScenarioParams;

/**
 * Equilibrium starts already spun up, to start further runs from. A spin-up depends only on the scenario it starts
 * from and the replication, and starting a run reads it without changing it, so the runs of a comparison (the base
 * and every what-if of one replication start from the base's world) and the studio's what-ifs on one base share
 * one spin-up per replication, with results identical to spinning up each time. Holds the spun-up worlds until
 * dropped; {@link #NONE} keeps nothing.
 */
public final class SpinUps {
    /** Spins up every run afresh. */
    public static final SpinUps NONE = new SpinUps(false);

    /** One spin-up: the start it gives, the events it simulated and how long it took. */
    record Done(EquilibriumStart start, long events, double seconds) {
    }

    private record Key(ScenarioParams start, int replication) {
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
     * The spin-up of {@code start}'s replication: made by {@code spin} the first time, shared after that. Runs
     * share a spin-up when they are given the same parameters object (records holding arrays are not equal by
     * content), as a comparison's runs are.
     */
    Done get(ScenarioParams start, int replication, Supplier<Done> spin) {
        if (!keeps) {
            return spin.get();
        }
        CompletableFuture<Done> mine = new CompletableFuture<>();
        CompletableFuture<Done> existing = done.putIfAbsent(new Key(start, replication), mine);
        if (existing != null) {
            return existing.join();
        }
        try {
            mine.complete(spin.get());
        } catch (RuntimeException | Error e) {
            done.remove(new Key(start, replication));
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }
}
