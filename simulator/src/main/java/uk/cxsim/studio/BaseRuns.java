package uk.cxsim.studio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

import uk.cxsim.engine.SimulatedSectors;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.DenseBases;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SectorSplice;
import uk.cxsim.model.params.ScenarioParams;

/**
 * The base runs of the latest bases, with their spin-ups: in a workshop every what-if is compared with the same
 * base, so the base runs once and each what-if runs only itself, from the base's spin-ups, to the results a
 * comparison that ran both would give. A base runs sector by sector (each sector's spin-ups and replications
 * alone, which costs what one run of every sector does), so a what-if of one sector on a base not yet run needs only
 * that sector's runs for its payer's figures, and a base opened but interrupted keeps the sectors it has. Keeps the
 * {@value #KEPT} bases used last.
 */
final class BaseRuns {
    static final int KEPT = 2;
    /** Sets of sectors and densities whose denser runs a base keeps. */
    static final int DENSE_KEPT = 2;

    /** Told of a base's progress, in days of its replications of every sector (sectors count a share each). */
    interface Progress {
        void daysDone(long done);
    }

    /**
     * One base at a number of replications: the runs of each sector made so far and the spin-ups they started from;
     * what-ifs start from {@link #base()}, the very parameters the spin-ups were made with. Used by the studio's one
     * worker at a time.
     */
    static final class Entry {
        private final String fingerprint;
        private final ScenarioParams base;
        private final int replications;
        private final SpinUps spinUps;
        /** The base's denser runs of the sectors denser what-ifs re-ran (or the room is looking at). */
        private final DenseBases denseBases;
        /** The sectors and density the room is looking at, whose denser runs to make in the background; or null. */
        private Focus denserWanted;
        /** Each sector's replications run alone, by sector index. */
        private final Map<Integer, List<RunSummary>> sectors = new TreeMap<>();
        /** Every sector's replications, once all have run. */
        private List<RunSummary> runs;
        /** Sectors to run before the others, by index. */
        private List<Integer> preferred = List.of();

        private Entry(String fingerprint, ScenarioParams base, int replications, SpinUps spinUps,
                      DenseBases denseBases, List<RunSummary> runs) {
            this.fingerprint = fingerprint;
            this.base = base;
            this.replications = replications;
            this.spinUps = spinUps;
            this.denseBases = denseBases;
            this.runs = runs;
        }

        ScenarioParams base() {
            return base;
        }

        SpinUps spinUps() {
            return spinUps;
        }

        DenseBases denseBases() {
            return denseBases;
        }

        /**
         * Makes the base's denser runs of {@code focus}'s sectors at its density in the background ({@link #warm}),
         * after the sectors the room looks at: a denser what-if there then runs only itself. Null wants none.
         */
        synchronized void wantDenser(Focus focus) {
            denserWanted = focus;
        }

        /** Whether the background has nothing left to run: every sector, and the denser runs wanted. */
        synchronized boolean warmed() {
            return runs != null && denserDue() == null;
        }

        /**
         * The base's runs made in the background ({@code cxsim studio}'s warm-up): the sectors the room looks at,
         * then the denser runs it wants, then the other sectors; stops once {@code stop}, asked between simulated
         * days, says so, dropping the run under way (sectors and denser runs made before are kept). Denser runs
         * under way stop only once {@code stopDenser} says so of them: a what-if that needs them would make them
         * again.
         */
        void warm(int threads, BooleanSupplier stop, Predicate<Focus> stopDenser) {
            BooleanSupplier denserNext = () -> denserDue() != null && preferredRun();
            while (!stop.getAsBoolean() && !warmed()) {
                Focus dense = denserDue();
                if (dense != null && preferredRun()) {
                    if (!runDenser(dense, threads, () -> stopDenser.test(dense))) {
                        return;
                    }
                } else {
                    // every sector, the room's first; pausing for the denser runs once those have run
                    all(threads, days -> { }, () -> stop.getAsBoolean() || denserNext.getAsBoolean());
                }
            }
        }

        /** Whether denser runs are wanted, and every sector and they have run. */
        synchronized boolean warmedDenser() {
            return denserWanted != null && warmed();
        }

        /** The denser runs wanted and not yet made, or null. */
        private synchronized Focus denserDue() {
            return denserWanted != null && !denseBases.has(denserWanted, 0, replications) ? denserWanted : null;
        }

        /** Whether the sectors the room looks at have run (so the denser runs may go before the others). */
        private synchronized boolean preferredRun() {
            return preferred.stream().allMatch(this::hasRun);
        }

        /** Makes the denser runs of {@code dense}; false if they gave way. */
        private boolean runDenser(Focus dense, int threads, BooleanSupplier stop) {
            return untilStopped(stop, days -> { }, checked -> WhatIfRuns.denserBase(base, dense, 0, replications,
                    threads, spinUps, checked::daysDone, denseBases)) != null;
        }

        /**
         * Runs a what-if of {@code f} makes of its own per replication, replications {@code first} to
         * {@code first + count - 1}: itself, and under a denser focus the base's denser runs unless this base keeps
         * them.
         */
        int ownRuns(Focus f, int first, int count) {
            return f.denser() && denseBases.has(f, first, count) ? 1 : f.ownRuns();
        }

        /** Whether every sector has run. */
        synchronized boolean complete() {
            return runs != null;
        }

        /**
         * The base's runs of the sectors {@code which}, one replication each, running those not yet run: runs of
         * every sector with the other sectors counting nothing.
         */
        List<RunSummary> of(int[] which, int threads, Progress progress) {
            for (int s : which) {
                runSector(s, threads, progress);
            }
            return spliced(which);
        }

        /**
         * Every sector's runs, running the sectors not yet run; or null once {@code stop}, asked between simulated
         * days, says so: the sector then running is dropped (its spin-ups kept), those run before are kept.
         */
        List<RunSummary> all(int threads, Progress progress, BooleanSupplier stop) {
            int n = base.sectors().size();
            Boolean ran = untilStopped(stop, progress, checked -> {
                for (int s = nextSector(); s >= 0; s = nextSector()) {
                    if (stop.getAsBoolean()) {
                        return false;
                    }
                    runSector(s, threads, checked);
                }
                return true;
            });
            if (!Boolean.TRUE.equals(ran)) {
                return null;
            }
            synchronized (this) {
                if (runs == null) {
                    int[] every = new int[n];
                    Arrays.setAll(every, i -> i);
                    runs = spliced(every);
                    sectors.clear();
                }
                return runs;
            }
        }

        /**
         * Runs {@code sectors} before the others not yet run (the sectors the room is looking at, whose what-if then
         * needs only itself); the latest asked go first.
         */
        synchronized void prefer(List<Integer> sectors) {
            List<Integer> first = new ArrayList<>(sectors);
            preferred.stream().filter(s -> !first.contains(s)).forEach(first::add);
            preferred = first;
        }

        /** Whether sector {@code s}'s runs are made. */
        synchronized boolean hasRun(int s) {
            return runs != null || sectors.containsKey(s);
        }

        /** The sector to run next: the first preferred not yet run, else the first in the scenario's order; or -1. */
        private synchronized int nextSector() {
            if (runs != null) {
                return -1;
            }
            for (int s : preferred) {
                if (!sectors.containsKey(s)) {
                    return s;
                }
            }
            for (int s = 0; s < base.sectors().size(); s++) {
                if (!sectors.containsKey(s)) {
                    return s;
                }
            }
            return -1;
        }

        private void runSector(int s, int threads, Progress progress) {
            synchronized (this) {
                if (runs != null || sectors.containsKey(s)) {
                    return;
                }
            }
            int n = base.sectors().size();
            long before = doneDays();
            List<RunSummary> ran = WhatIfRuns.base(base, 0, replications, threads, spinUps,
                    days -> progress.daysDone(before + days / n), SimulatedSectors.only(List.of(s)));
            synchronized (this) {
                sectors.put(s, ran);
            }
            progress.daysDone(doneDays());
        }

        /** Days of the base's replications of every sector done, each sector run counting its share. */
        synchronized long doneDays() {
            return runs != null ? (long) replications * base.totalDays()
                    : (long) replications * base.totalDays() * sectors.size() / base.sectors().size();
        }

        /** Each replication's runs of {@code which} spliced into one record. */
        private synchronized List<RunSummary> spliced(int[] which) {
            if (runs != null) {
                return runs;
            }
            List<RunSummary> out = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                RunRecord record = sectors.get(which[0]).get(r).record();
                for (int k = 1; k < which.length; k++) {
                    record = SectorSplice.of(record, sectors.get(which[k]).get(r).record(), new int[] {which[k]});
                }
                out.add(new RunSummary(record));
            }
            return List.copyOf(out);
        }
    }

    /**
     * What {@code work} gives, told of days through a progress that gives way between simulated days once
     * {@code stop} says so; or null if it gave way (the run under way dropped).
     */
    private static <T> T untilStopped(BooleanSupplier stop, Progress progress, Function<Progress, T> work) {
        Progress checked = days -> {
            if (stop.getAsBoolean()) {
                throw new GaveWay();
            }
            progress.daysDone(days);
        };
        try {
            return work.apply(checked);
        } catch (GaveWay | CancellationException e) {
            // a replication side by side with the one that gave way is stopped too
            if (stop.getAsBoolean()) {
                return null;
            }
            throw e;
        }
    }

    /** Thrown between simulated days to stop a base's runs that are to give way. */
    private static final class GaveWay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GaveWay() {
            super("gave way to a what-if", null, false, false);
        }
    }

    private record Key(String fingerprint, int replications) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > KEPT;
        }
    };

    /** The base at this many replications with every sector run, or null. */
    synchronized Entry get(String fingerprint, int replications) {
        Entry e = entries.get(new Key(fingerprint, replications));
        return e != null && e.complete() ? e : null;
    }

    /** How many bases are kept with every sector run. */
    synchronized long complete() {
        return entries.values().stream().filter(Entry::complete).count();
    }

    /** How many bases of the scenario called {@code name} have run every sector and the denser runs wanted. */
    synchronized long warmedDenser(String name) {
        return entries.values().stream().filter(e -> e.base().name().equals(name) && e.warmedDenser()).count();
    }

    /** The base at this many replications as far as it has run, kept from now on (new: nothing run yet). */
    synchronized Entry entry(String fingerprint, ScenarioParams base, int replications) {
        return entries.computeIfAbsent(new Key(fingerprint, replications),
                k -> new Entry(fingerprint, base, replications, SpinUps.kept(), DenseBases.keeping(DENSE_KEPT),
                        null));
    }

    /**
     * Keeps the base of {@code entry} at more replications, {@code runs} (the entry's first, then the next ones), for
     * later what-ifs at that many; returns the entry kept.
     */
    synchronized Entry extend(Entry entry, List<RunSummary> runs) {
        Entry longer = new Entry(entry.fingerprint, entry.base, runs.size(), entry.spinUps, entry.denseBases,
                List.copyOf(runs));
        entries.put(new Key(entry.fingerprint, runs.size()), longer);
        return longer;
    }

    /** A scenario's fingerprint: its resolved parameters, defaults included, as one line of JSON. */
    static String fingerprint(uk.cxsim.scenario.LoadedScenario scenario) {
        return uk.cxsim.output.Json.line(scenario.resolved());
    }
}
