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
 * @param sectors   the sectors to re-run, by index in the scenario, ascending; every sector when {@link #all()};
 *                  none when the what-if's parameters are its base's, words aside
 * @param allBecause why every sector re-runs; null when only some do
 */
public record Focus(List<Integer> sectors, String allBecause) {
    /**
     * How a comparison chooses the sectors a what-if simulates again: {@code auto} (those it changes), {@code all},
     * or named sectors (which must include every sector the what-if changes).
     *
     * @param every   whether every sector runs again
     * @param sectors the sectors named, empty for {@code auto} and {@code all}
     */
    public record Mode(boolean every, List<String> sectors) {
        public static final Mode AUTO = new Mode(false, List.of());
        public static final Mode ALL = new Mode(true, List.of());

        public Mode {
            sectors = List.copyOf(sectors);
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
            return new Mode(false, names);
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
        return new Focus(changed, null);
    }

    /** Every one of {@code n} sectors, for the reason given. */
    public static Focus every(int n, String because) {
        List<Integer> all = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            all.add(s);
        }
        return new Focus(all, because);
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

    /** The sectors as indexes. */
    public int[] indexes() {
        return sectors.stream().mapToInt(Integer::intValue).toArray();
    }
}
