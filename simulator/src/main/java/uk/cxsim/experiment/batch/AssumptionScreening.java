package uk.cxsim.experiment.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.metrics.ScreeningResult.SeedNoise;
import uk.cxsim.metrics.ScreeningResult.World;
import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.scenario.AssumptionGroups;

/**
 * Which assumptions move each lever's case most, in two stages over groups of assumed parameters (each group one
 * factor, its parameters at the same share of their ranges): Morris elementary effects over every group, then Sobol
 * first-order and total indices over the groups that move some lever most, the others held at their stated values.
 * Every world runs on the same seed (common random numbers), so the indices compare worlds and not luck; the noise a
 * seed adds is measured apart, on the stated world at several seeds.
 *
 * <p>Campolongo, Cariboni and Saltelli (2007) screen groups of factors with Morris's mu*; Saltelli et al. (2010) give
 * the Sobol estimators used ({@link Sensitivity}).
 */
public final class AssumptionScreening {
    /** Runs a batch of worlds, in any order and on any threads; the answers come back in the worlds' order. */
    @FunctionalInterface
    public interface WorldRunner {
        List<double[]> run(List<Map<String, Double>> worlds, List<Long> seeds);
    }

    /**
     * @param trajectories Morris trajectories
     * @param levels       Morris grid levels
     * @param top          groups kept for the Sobol stage
     * @param sobolRows    Sobol base rows (runs: rows x (top + 2) worlds)
     * @param seeds        seeds the stated world runs at, to measure the noise apart
     * @param bootstrap    bootstrap resamples for the intervals
     * @param seed         the scenario's root seed (every world's) and the designs' seed
     * @param chosen       groups the Sobol stage moves, named by the user after an earlier screening; empty: Morris
     *                     runs first and keeps the {@code top}
     */
    public record Settings(int trajectories, int levels, int top, int sobolRows, int seeds, int bootstrap,
                           long seed, List<String> chosen) {
        public Settings(int trajectories, int levels, int top, int sobolRows, int seeds, int bootstrap, long seed) {
            this(trajectories, levels, top, sobolRows, seeds, bootstrap, seed, List.of());
        }

        public Settings {
            chosen = List.copyOf(chosen);
            if (trajectories < 2 || levels < 2 || top < 1 || sobolRows < 2 || seeds < 2 || bootstrap < 10) {
                throw new IllegalArgumentException("the screening needs at least 2 trajectories, 2 levels, 1 group "
                        + "kept, 2 Sobol rows, 2 seeds and 10 bootstrap resamples");
            }
        }

        /** Worlds the two stages and the noise run: each one a base and every lever. */
        public int worlds(int groups) {
            if (!chosen.isEmpty()) {
                return sobolRows * (chosen.size() + 2) + seeds;
            }
            return trajectories * (groups + 1) + sobolRows * (Math.min(top, groups) + 2) + seeds;
        }
    }

    private AssumptionScreening() {
    }

    /** Runs both stages (or the Sobol stage alone, on the groups chosen) and the noise, and works out the indices. */
    public static ScreeningResult run(List<AssumptionGroups.Group> groups, List<String> levers, Settings s,
                             WorldRunner runner) {
        int k = groups.size();
        List<String> names = groups.stream().map(AssumptionGroups.Group::name).toList();
        List<World> worlds = new ArrayList<>();

        List<SensitivityIndex> morris = new ArrayList<>();
        int[] kept;
        if (s.chosen().isEmpty()) {
            Sensitivity.Plan morrisPlan = Sensitivity.morris(k, s.trajectories(), s.levels(), s.seed());
            int[] all = new int[k];
            Arrays.setAll(all, i -> i);
            double[][] morrisY = stage("morris", morrisPlan.points(), groups, all, s.seed(), runner, worlds);
            for (int l = 0; l < levers.size(); l++) {
                morris.addAll(Sensitivity.analyse(morrisPlan, levers.get(l), names, column(morrisY, l),
                        s.bootstrap(), s.seed()));
            }
            kept = top(morris, names, levers, Math.min(s.top(), k));
        } else {
            kept = chosen(groups, s.chosen());
        }
        List<String> keptNames = Arrays.stream(kept).mapToObj(names::get).toList();
        Sensitivity.Plan sobolPlan = Sensitivity.saltelli(kept.length, s.sobolRows(), s.seed());
        double[][] sobolY = stage("sobol", sobolPlan.points(), groups, kept, s.seed(), runner, worlds);
        List<SensitivityIndex> sobol = new ArrayList<>();
        for (int l = 0; l < levers.size(); l++) {
            sobol.addAll(Sensitivity.analyse(sobolPlan, levers.get(l), keptNames, column(sobolY, l), s.bootstrap(),
                    s.seed()));
        }

        List<Map<String, Double>> stated = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < s.seeds(); r++) {
            stated.add(Map.of());
            seeds.add(s.seed() + r);
        }
        List<double[]> noisy = runner.run(stated, seeds);
        for (int r = 0; r < s.seeds(); r++) {
            worlds.add(new World("seed", r, seeds.get(r), new double[0], noisy.get(r)));
        }
        List<SeedNoise> noise = new ArrayList<>();
        Map<String, Double> share = new LinkedHashMap<>();
        for (int l = 0; l < levers.size(); l++) {
            double[] y = column(noisy.toArray(double[][]::new), l);
            double sd = Math.sqrt(StatUtils.variance(y));
            noise.add(new SeedNoise(levers.get(l), StatUtils.mean(y), sd));
            double total = StatUtils.variance(column(sobolY, l));
            share.put(levers.get(l), total > 0 ? sd * sd / total : Double.NaN);
        }
        return new ScreeningResult(names, levers, morris, keptNames, sobol, noise, share, worlds);
    }

    /**
     * Where the named groups stand among {@code groups}.
     *
     * @throws IllegalArgumentException naming the first name that is no group's, and the groups there are
     */
    public static int[] chosen(List<AssumptionGroups.Group> groups, List<String> names) {
        List<String> all = groups.stream().map(AssumptionGroups.Group::name).toList();
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.indexOf(names.get(i));
            if (out[i] < 0) {
                throw new IllegalArgumentException("no group named '" + names.get(i) + "'; the groups are "
                        + String.join(", ", all));
            }
        }
        return out;
    }

    /**
     * The groups that matter most to some lever: each group's mu* as a share of the largest mu* for that lever,
     * its best share over the levers, highest first.
     */
    static int[] top(List<SensitivityIndex> morris, List<String> groups, List<String> levers, int top) {
        double[] score = new double[groups.size()];
        for (String lever : levers) {
            List<SensitivityIndex> mu = morris.stream().filter(i -> i.output().equals(lever)
                    && i.index().equals("mu*")).toList();
            double max = mu.stream().mapToDouble(SensitivityIndex::value).max().orElse(0);
            if (max > 0) {
                for (SensitivityIndex i : mu) {
                    int g = groups.indexOf(i.parameter());
                    score[g] = Math.max(score[g], i.value() / max);
                }
            }
        }
        Integer[] order = new Integer[groups.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer g) -> -score[g]).thenComparingInt(g -> g));
        int[] out = new int[top];
        for (int i = 0; i < top; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** The scenario keys and values of a point: each moved group's parameters at its coordinate. */
    public static Map<String, Double> overrides(List<AssumptionGroups.Group> groups, int[] moved, double[] u) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < moved.length; i++) {
            for (AssumptionGroups.Assumed a : groups.get(moved[i]).parameters()) {
                out.put(a.key(), a.at(u[i]));
            }
        }
        return out;
    }

    private static double[][] stage(String stage, List<double[]> points, List<AssumptionGroups.Group> groups,
                                    int[] moved, long seed, WorldRunner runner, List<World> worlds) {
        List<Map<String, Double>> maps = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (double[] u : points) {
            maps.add(overrides(groups, moved, u));
            seeds.add(seed);
        }
        List<double[]> y = runner.run(maps, seeds);
        for (int p = 0; p < points.size(); p++) {
            double[] coordinates = new double[groups.size()];
            Arrays.fill(coordinates, Double.NaN);
            for (int i = 0; i < moved.length; i++) {
                coordinates[moved[i]] = points.get(p)[i];
            }
            worlds.add(new World(stage, p, seed, coordinates, y.get(p)));
        }
        return y.toArray(double[][]::new);
    }

    private static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][c];
        }
        return out;
    }
}
