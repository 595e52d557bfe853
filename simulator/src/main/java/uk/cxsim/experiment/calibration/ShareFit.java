package uk.cxsim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.Clock;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Fits each supplier's attractiveness so that the market shares a scenario states stand still: each supplier wins
 * as many relationships as it loses, with every feedback live (reputation, word of mouth, service, exit and win-back).
 * The stated shares are stock shares, and a stock stands still when its inflow equals its outflow. Each round runs
 * the scenario as it stands (its equilibrium start and warm-up included, so the market starts at the stated shares)
 * for some measured years, counts each supplier's relationships started and ended, and moves its attractiveness by
 * {@code step x (ln ended - ln started) / (1 - p)}: a supplier losing more than it wins becomes more attractive. A
 * prospect's choice is a logit, in which a supplier chosen with probability p answers a change of its attractiveness
 * with an elasticity of 1 - p; dividing by it (a Newton step) closes most of the gap in one round, in the manner of
 * Berry's contraction for market shares. Every round runs the
 * same replications (common random numbers), so rounds differ only by the attractiveness. A sector's attractiveness
 * keeps its sum (only differences between rivals matter to a customer's choice), and each stays within
 * {@link #BRAND_RANGE} of ln(stated share).
 */
public final class ShareFit {
    /** Fewest relationships a log is taken of, so that a supplier that started or ended none still moves. */
    private static final double FLOOR = 0.5;
    /**
     * How far a fitted attractiveness may stray from its default, ln(stated share), either way: brand odds up to
     * e^3, about 20 times, for or against. An assumption (range 2 to 5): beyond it a brand stands for more than
     * awareness, and a supplier whose share no brand can hold is left at the bound and reported.
     */
    public static final double BRAND_RANGE = 3;
    /** Smallest own elasticity a step divides by, so that a supplier nearly every prospect chooses moves at most 4x. */
    private static final double MIN_ELASTICITY = 0.25;

    /**
     * One round: the attractiveness it ran at, each supplier's relationships at the start of measurement, started
     * and ended over it (means of the replications), its change a year in percent, and the largest such change.
     */
    public record Round(int number, double[] attractiveness, double[] start, double[] started, double[] ended,
                        double[] changePctPerYear, double largestChangePct) {
    }

    /** The attractiveness reached, every round, and whether the largest change came within the tolerance. */
    public record Result(double[] attractiveness, List<Round> rounds, boolean converged) {
    }

    private ShareFit() {
    }

    /**
     * @param stated        the scenario as stated (its attractiveness is the start)
     * @param run           the scenario of one round at an attractiveness (one value per supplier, in scenario
     *                      order), measured over whole years
     * @param maxRounds     most rounds
     * @param step          size of each step: 1 moves attractiveness by the whole log gap between ended and
     *                      started, less damps it
     * @param tolerancePct  stop when no supplier's relationships change by more than this many percent a year
     * @param told          told of each round as it ends
     */
    public static Result fit(ScenarioParams stated, Function<double[], ScenarioParams> run, int replications,
                             int threads, int maxRounds, double step, double tolerancePct, Consumer<Round> told) {
        double[] attractiveness = statedAttractiveness(stated);
        List<Round> rounds = new ArrayList<>();
        for (int k = 1; k <= maxRounds; k++) {
            ScenarioParams p = run.apply(attractiveness.clone());
            Round round = flows(k, attractiveness.clone(), p,
                    Replications.run(p, p, 0, replications, threads, ProgressListener.NONE));
            rounds.add(round);
            told.accept(round);
            if (round.largestChangePct() <= tolerancePct) {
                return new Result(attractiveness, rounds, true);
            }
            attractiveness = step(stated, attractiveness, round.started(), round.ended(), step);
        }
        return new Result(attractiveness, rounds, false);
    }

    /**
     * The next round's attractiveness: the log gap between ended and started, divided by the supplier's own elasticity
     * of a logit choice (1 - p, p its part of the sector's relationships started, at least {@link #MIN_ELASTICITY}),
     * scaled, each sector's sum kept. Without the division a supplier most prospects already choose would close only
     * a small part of its gap each round.
     */
    static double[] step(ScenarioParams p, double[] attractiveness, double[] started, double[] ended, double step) {
        double[] next = attractiveness.clone();
        int g = 0;
        for (SectorParams s : p.sectors()) {
            int first = g;
            int n = s.suppliers().size();
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += started[first + j];
            }
            double shift = 0;
            for (int j = 0; j < n; j++, g++) {
                double part = total > 0 ? started[g] / total : 0;
                double elasticity = Math.max(MIN_ELASTICITY, 1 - part);
                double move = step * (Math.log(Math.max(ended[g], FLOOR)) - Math.log(Math.max(started[g], FLOOR)))
                        / elasticity;
                next[g] += move;
                shift += move;
            }
            shift /= n;
            for (int k = first; k < g; k++) {
                double centre = Math.log(s.suppliers().get(k - first).marketShare());
                next[k] = Math.max(centre - BRAND_RANGE, Math.min(centre + BRAND_RANGE, next[k] - shift));
            }
        }
        return next;
    }

    /** Suppliers whose attractiveness sits at a bound of {@link #BRAND_RANGE}, in scenario order. */
    public static boolean[] atBound(ScenarioParams p, double[] attractiveness) {
        double[] stated = statedShares(p);
        boolean[] out = new boolean[stated.length];
        for (int g = 0; g < stated.length; g++) {
            out[g] = Math.abs(attractiveness[g] - Math.log(stated[g])) >= BRAND_RANGE - 1e-9;
        }
        return out;
    }

    /** A round's flows, means over the runs: relationships at the start, started, ended, and the change a year. */
    static Round flows(int number, double[] attractiveness, ScenarioParams p, List<RunSummary> runs) {
        int n = p.supplierCount();
        double[] start = new double[n];
        double[] end = new double[n];
        double[] ended = new double[n];
        for (RunSummary r : runs) {
            SupplierTally measured = r.record().measured();
            double[] first = r.record().measureStartCustomers();
            double[] last = r.record().daily().get(r.record().daily().size() - 1).customers();
            for (int g = 0; g < n; g++) {
                start[g] += first[g] / (double) runs.size();
                end[g] += last[g] / (double) runs.size();
                ended[g] += ended(measured, g) / runs.size();
            }
        }
        double years = p.days() / Clock.DAYS_PER_YEAR;
        double[] started = new double[n];
        double[] change = new double[n];
        double largest = 0;
        for (int g = 0; g < n; g++) {
            started[g] = end[g] - start[g] + ended[g];
            change[g] = start[g] > 0 ? 100 * (Math.pow(end[g] / start[g], 1 / years) - 1) : 0;
            largest = Math.max(largest, Math.abs(change[g]));
        }
        return new Round(number, attractiveness, start, started, ended, change, largest);
    }

    /** Relationships a supplier saw end over the measured days, for every reason. */
    static double ended(SupplierTally measured, int supplier) {
        double n = 0;
        for (LeaveReason r : LeaveReason.values()) {
            n += measured.get(supplier, Metric.left(r));
        }
        return n;
    }

    /** The shares the scenario states, one per supplier in scenario order. */
    public static double[] statedShares(ScenarioParams p) {
        return p.sectors().stream().flatMap(s -> s.suppliers().stream()).mapToDouble(SupplierParams::marketShare)
                .toArray();
    }

    private static double[] statedAttractiveness(ScenarioParams p) {
        return p.sectors().stream().flatMap(s -> s.suppliers().stream()).mapToDouble(SupplierParams::attractiveness)
                .toArray();
    }
}
