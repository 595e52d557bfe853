package uk.cxsim.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/**
 * The base runs of the latest bases, with their spin-ups: in a workshop every what-if is compared with the same
 * base, so the base runs once and each what-if runs only itself, from the base's spin-ups, to the results a
 * comparison that ran both would give. Keeps the {@value #KEPT} bases used last.
 */
final class BaseRuns {
    static final int KEPT = 2;

    /**
     * One base's replications and the spin-ups they started from; what-ifs start from {@code base}, the very
     * parameters the spin-ups were made with.
     *
     * @param fingerprint every resolved parameter of the base, as text: equal for equal scenarios however loaded
     */
    record Entry(String fingerprint, ScenarioParams base, List<RunSummary> runs, SpinUps spinUps) {
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

    /** The base's runs at this many replications, or null. */
    synchronized Entry get(String fingerprint, int replications) {
        return entries.get(new Key(fingerprint, replications));
    }

    synchronized void put(Entry entry) {
        entries.put(new Key(entry.fingerprint(), entry.runs().size()), entry);
    }

    /**
     * Runs the base's replications, keeping their spin-ups for the what-ifs to come, and keeps the entry.
     *
     * @param progress told of the base's days done
     */
    Entry run(String fingerprint, ScenarioParams base, int replications, int threads, WhatIfRuns.Progress progress) {
        SpinUps spinUps = SpinUps.kept();
        Entry entry = new Entry(fingerprint, base, WhatIfRuns.base(base, replications, threads, spinUps, progress),
                spinUps);
        put(entry);
        return entry;
    }

    /**
     * Keeps the base of {@code entry} at more replications, {@code runs} (the entry's first, then the next ones), for
     * later what-ifs at that many; returns the entry kept.
     */
    Entry extend(Entry entry, List<RunSummary> runs) {
        Entry longer = new Entry(entry.fingerprint(), entry.base(), List.copyOf(runs), entry.spinUps());
        put(longer);
        return longer;
    }

    /** A scenario's fingerprint: its resolved parameters, defaults included, as one line of JSON. */
    static String fingerprint(uk.cxsim.scenario.LoadedScenario scenario) {
        return uk.cxsim.output.Json.line(scenario.resolved());
    }
}
