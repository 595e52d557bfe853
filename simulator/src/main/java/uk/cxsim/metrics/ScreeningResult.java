package uk.cxsim.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a screening of assumptions found (Morris over every group of assumptions, then Sobol over the top ones, the
 * seeds' noise apart).
 *
 * @param groups     every group screened, in the groups file's order
 * @param levers     the levers, whose UK net benefits are the outcomes
 * @param morris     mu*, mu and sigma of every group for every lever (output = lever, parameter = group)
 * @param kept       the groups the Sobol stage moved, most important first
 * @param sobol      S1 and ST of each kept group for every lever
 * @param noise      each lever's mean and standard deviation over the seeds of the stated world
 * @param sobolShare per lever, the share of the Sobol sample's variance the seeds alone would give
 * @param worlds     every world run: stage, point, the groups' coordinates and the levers' outcomes
 */
public record ScreeningResult(List<String> groups, List<String> levers, List<SensitivityIndex> morris,
                              List<String> kept, List<SensitivityIndex> sobol, List<SeedNoise> noise,
                              Map<String, Double> sobolShare, List<World> worlds) {
    /** One lever's outcome across the seeds of the stated world. */
    public record SeedNoise(String lever, double mean, double sd) {
    }

    /** One world run: its stage ({@code morris}, {@code sobol} or {@code seed}), coordinates and outcomes. */
    public record World(String stage, int point, long seed, double[] coordinates, double[] outcomes) {
    }

    /** A lever's index of a group ({@code mu*}, {@code mu}, {@code sigma}, {@code S1} or {@code ST}), if estimated. */
    public Optional<SensitivityIndex> index(String lever, String group, String name) {
        List<SensitivityIndex> from = name.equals("S1") || name.equals("ST") ? sobol : morris;
        return from.stream().filter(i -> i.output().equals(lever) && i.parameter().equals(group)
                && i.index().equals(name)).findFirst();
    }

    /** The groups that move a lever's case most, by total Sobol index, then by mu* for the rest. */
    public List<String> ranking(String lever) {
        List<String> order = new ArrayList<>(groups);
        order.sort(Comparator.comparing((String g) -> index(lever, g, "ST").isEmpty())
                .thenComparing(g -> -value(lever, g, "ST")).thenComparing(g -> -value(lever, g, "mu*")));
        return order;
    }

    private double value(String lever, String group, String name) {
        return index(lever, group, name).map(SensitivityIndex::value).orElse(0.0);
    }
}
