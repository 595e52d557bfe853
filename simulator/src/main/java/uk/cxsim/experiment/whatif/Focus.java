package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.cxsim.engine.SimulatedSectors;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.SectorSplice;
import uk.cxsim.model.params.ParamsDifference;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;

/**
 * The sectors a what-if must simulate again: those whose parameters differ from its base's. A sector's figures do not
 * depend on the other sectors (each draws from its own random streams), so the others are the base's, exactly. A
 * change outside the sectors (the population, behaviour, costs, the calendar, run settings) touches every sector
 * and re-runs them all.
 *
 * <p>A denser focus runs the sectors again at {@code density} times the base's customers, the base's sectors too,
 * and moves the base's figures by the difference between those two runs ({@link SectorSplice#shifted}).
 *
 * @param sectors   the sectors to re-run, by index in the scenario, ascending; every sector when {@link #all()};
 *                  none when the what-if's parameters are its base's, words aside
 * @param allBecause why every sector re-runs; null when only some do
 * @param density   times the base's customers the sectors re-run simulate (1 when all or none re-run)
 */
public record Focus(List<Integer> sectors, String allBecause, int density) {
    /**
     * How a comparison chooses the sectors a what-if simulates again: {@code auto} (those it changes), {@code all},
     * or named sectors (which must include every sector the what-if changes).
     *
     * @param every   whether every sector runs again
     * @param sectors the sectors named, empty for {@code auto} and {@code all}
     * @param density how many times the base's customers the sectors run again simulate, base and what-if alike
     *                (1: the base's own size, its runs reused)
     */
    public record Mode(boolean every, List<String> sectors, int density) {
        public static final Mode AUTO = new Mode(false, List.of(), 1);
        public static final Mode ALL = new Mode(true, List.of(), 1);
        /** The most a focused sector may be made denser. */
        public static final int MAX_DENSITY = 16;

        public Mode {
            sectors = List.copyOf(sectors);
            if (density < 1 || density > MAX_DENSITY) {
                throw new ScenarioException("--focus-density must be 1 to " + MAX_DENSITY + ", not " + density);
            }
            if (every && density > 1) {
                throw new ScenarioException("--focus-density needs --focus auto or named sectors, not all");
            }
        }

        /** This mode with the sectors run again simulating {@code times} the base's customers. */
        public Mode withDensity(int times) {
            return new Mode(every, sectors, times);
        }

        /**
         * {@code auto}, {@code all}, or sector names separated by commas.
         *
         * @throws ScenarioException naming what is allowed, for a blank value
         */
        public static Mode parse(String value) {
            String v = value.strip();
            if (v.equals("auto")) {
                return AUTO;
            }
            if (v.equals("all")) {
                return ALL;
            }
            List<String> names = java.util.Arrays.stream(v.split(",")).map(String::strip)
                    .filter(n -> !n.isEmpty()).distinct().toList();
            if (names.isEmpty()) {
                throw new ScenarioException("--focus must be auto, all or sector names separated by commas");
            }
            return new Mode(false, names, 1);
        }

        /** The indexes in {@code base} of the sectors named; refused in one line if the scenario lacks one. */
        public List<Integer> indexesIn(ScenarioParams base) {
            List<String> have = base.sectors().stream().map(s -> s.name()).toList();
            List<Integer> out = new ArrayList<>();
            for (String name : sectors) {
                int at = have.indexOf(name);
                if (at < 0) {
                    throw new ScenarioException("--focus names " + name + ", a sector " + base.name()
                            + " lacks; its sectors are " + String.join(", ", have));
                }
                out.add(at);
            }
            return out;
        }
    }

    /** Components of a scenario that name or describe it and change no figure. */
    private static final Set<String> WORDS = Set.of("name", "description", "title");

    public Focus {
        sectors = List.copyOf(sectors);
    }

    /** The sectors {@code variant} changes from {@code base}, under {@code mode}. */
    public static Focus of(ScenarioParams base, ScenarioParams variant, Mode mode) {
        int n = base.sectors().size();
        List<Integer> named = mode.indexesIn(base);
        if (mode.every()) {
            return every(n, "--focus all");
        }
        for (var c : ScenarioParams.class.getRecordComponents()) {
            if (WORDS.contains(c.getName()) || c.getName().equals("sectors")) {
                continue;
            }
            Optional<String> d = ParamsDifference.first(ParamsDifference.read(c, base),
                    ParamsDifference.read(c, variant), c.getName());
            if (d.isPresent()) {
                return every(n, d.get() + " is not a sector's key");
            }
        }
        if (variant.sectors().size() != n) {
            return every(n, "the what-if has other sectors than its base");
        }
        List<Integer> changed = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!base.sectors().get(s).name().equals(variant.sectors().get(s).name())) {
                return every(n, "the what-if has other sectors than its base");
            }
            if (!ParamsDifference.same(base.sectors().get(s), variant.sectors().get(s))) {
                changed.add(s);
            }
        }
        if (!mode.sectors().isEmpty()) {
            for (int s : changed) {
                if (!named.contains(s)) {
                    throw new ScenarioException("--focus leaves out " + base.sectors().get(s).name() + ", which "
                            + variant.name() + " changes; name it too, or use --focus auto");
                }
            }
            changed = named.stream().sorted().toList();
        }
        if (changed.size() == n) {
            return every(n, mode.sectors().isEmpty() ? "the what-if changes every sector"
                    : "--focus names every sector");
        }
        return new Focus(changed, null, changed.isEmpty() ? 1 : mode.density());
    }

    /** Every one of {@code n} sectors, for the reason given. */
    public static Focus every(int n, String because) {
        List<Integer> all = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            all.add(s);
        }
        return new Focus(all, because, 1);
    }

    public boolean all() {
        return allBecause != null;
    }

    /** Whether the what-if's runs are its base's (no sector to simulate again). */
    public boolean none() {
        return sectors.isEmpty();
    }

    /** The sectors to simulate (at least one). */
    public SimulatedSectors simulated() {
        return all() ? SimulatedSectors.ALL : SimulatedSectors.only(sectors);
    }

    /**
     * The what-if's record of one replication: the base's when it simulates nothing again, its own run when it ran
     * every sector, else its run of the focused sectors spliced into the base's.
     *
     * @param ran the what-if's run of this replication; unread (may be null) when it simulates nothing again
     */
    public RunRecord record(ScenarioParams variant, RunRecord base, RunRecord ran) {
        return none() ? base.withParams(variant) : all() ? ran : SectorSplice.of(base, ran, indexes());
    }

    /** {@code p} at {@code density} times its customers, the same days and seed: a denser focus's runs. */
    public static ScenarioParams atDensity(ScenarioParams p, int density) {
        return p.with(p.customers() * density, p.days(), p.seed());
    }

    /** Whether the sectors re-run simulate more customers than the base (a denser focus). */
    public boolean denser() {
        return density > 1;
    }

    /** Runs a what-if makes of its own per replication: itself, and under a denser focus the base's sectors too. */
    public int ownRuns() {
        return denser() ? 2 : 1;
    }

    /**
     * The what-if's record of one replication under a denser focus: the base's run of every sector moved by what the
     * what-if's run {@code ran} changed from the base's run {@code denseBase}, both of the focused sectors at the
     * denser size.
     */
    public RunRecord record(ScenarioParams variant, RunRecord base, RunRecord denseBase, RunRecord ran) {
        return SectorSplice.shifted(base, denseBase, ran, indexes(), variant);
    }

    /** The sectors as indexes. */
    public int[] indexes() {
        return sectors.stream().mapToInt(Integer::intValue).toArray();
    }
}
