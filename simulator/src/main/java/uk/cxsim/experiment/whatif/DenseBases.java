package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.cxsim.metrics.RunSummary;

/**
 * A base's runs of the sectors a denser focus re-runs, at its density, kept for the what-ifs that follow: a what-if
 * under a denser focus needs the base's same sectors at the same density, which depend only on the base, the sectors,
 * the density and the replication, so every what-if of those sectors shares one set and runs only itself (a
 * comparison's variants, or a room's what-ifs on one kept base). Their spin-ups stay with the base's (they are the
 * same whatever what-if asks).
 */
public final class DenseBases {
    private record Key(List<Integer> sectors, int density) {
    }

    private final Map<Key, TreeMap<Integer, RunSummary>> kept;

    /** A store keeping every set it is given (one command's comparison). */
    public DenseBases() {
        this(Integer.MAX_VALUE);
    }

    private DenseBases(int most) {
        kept = new LinkedHashMap<>(8, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TreeMap<Integer, RunSummary>> eldest) {
                return size() > most;
            }
        };
    }

    /** A store keeping the {@code most} sets of sectors and densities used last (a kept base's, in the studio). */
    public static DenseBases keeping(int most) {
        return new DenseBases(most);
    }

    /**
     * The base's denser runs of the sectors {@code focus} names at its density, replications {@code first} to
     * {@code first + count - 1}; null unless every one is kept.
     */
    public synchronized List<RunSummary> get(Focus focus, int first, int count) {
        TreeMap<Integer, RunSummary> runs = kept.get(key(focus));
        if (runs == null) {
            return null;
        }
        List<RunSummary> out = new ArrayList<>(count);
        for (int r = first; r < first + count; r++) {
            RunSummary run = runs.get(r);
            if (run == null) {
                return null;
            }
            out.add(run);
        }
        return out;
    }

    /** Whether {@link #get} has those runs. */
    public boolean has(Focus focus, int first, int count) {
        return get(focus, first, count) != null;
    }

    /** Keeps {@code runs}, the base's denser runs of the sectors {@code focus} names, by their replication. */
    public synchronized void keep(Focus focus, List<RunSummary> runs) {
        TreeMap<Integer, RunSummary> byReplication = kept.computeIfAbsent(key(focus), k -> new TreeMap<>());
        for (RunSummary run : runs) {
            byReplication.put(run.record().replication(), run);
        }
    }

    private static Key key(Focus focus) {
        return new Key(focus.sectors(), focus.density());
    }
}
