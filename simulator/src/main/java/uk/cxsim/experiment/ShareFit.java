package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Fits each supplier's attractiveness so that the market shares a scenario states are the market's own steady
 * state, with every feedback live (reputation, word of mouth, service, exit and win-back). The stated shares are stock
 * shares: what inflow over exit settles at. From a fresh start at the stated shares the market runs some years; each
 * supplier's share of its sector over the last of them is compared with the stated one, and its attractiveness moves
 * by a damped step, {@code step x (ln stated - ln simulated)}, as in Berry's contraction for market shares. Every
 * round runs the same replications (common random numbers), so rounds differ only by the attractiveness. A sector's
 * attractiveness keeps its sum: only differences between rivals matter to a customer's choice.
 */
public final class ShareFit {
    /** One round: the attractiveness it ran at, the shares it reached, and the largest gap in percentage points. */
    public record Round(int number, double[] attractiveness, double[] shares, double largestGapPoints) {
    }

    /** The attractiveness reached, every round, and whether the largest gap came within the tolerance. */
    public record Result(double[] attractiveness, List<Round> rounds, boolean converged) {
    }

    private ShareFit() {
    }

    /**
     * @param stated             the scenario as stated (its shares are the targets, its attractiveness the start)
     * @param run                the runs of one round at an attractiveness (one value per supplier, in scenario
     *                           order): a fresh start at the stated shares, {@code years} long
     * @param maxRounds          most rounds
     * @param step               damping: 1 moves the whole log gap each round
     * @param tolerancePoints    stop when every supplier is within this many percentage points of its share
     * @param told               told of each round as it ends
     */
    public static Result fit(ScenarioParams stated, Function<double[], ScenarioParams> run, int replications,
                             int threads, int maxRounds, double step, double tolerancePoints, Consumer<Round> told) {
        double[] target = statedShares(stated);
        double[] attractiveness = statedAttractiveness(stated);
        List<Round> rounds = new ArrayList<>();
        for (int k = 1; k <= maxRounds; k++) {
            double[] shares = steadyShares(run.apply(attractiveness.clone()), replications, threads);
            double gap = 0;
            for (int g = 0; g < shares.length; g++) {
                gap = Math.max(gap, 100 * Math.abs(shares[g] - target[g]));
            }
            Round round = new Round(k, attractiveness.clone(), shares, gap);
            rounds.add(round);
            told.accept(round);
            if (gap <= tolerancePoints) {
                return new Result(attractiveness, rounds, true);
            }
            attractiveness = step(stated, attractiveness, target, shares, step);
        }
        return new Result(attractiveness, rounds, false);
    }

    /** The next round's attractiveness: the damped log gap added, each sector's sum kept. */
    static double[] step(ScenarioParams p, double[] attractiveness, double[] target, double[] shares, double step) {
        double[] next = attractiveness.clone();
        int g = 0;
        for (SectorParams s : p.sectors()) {
            int first = g;
            double before = 0;
            double after = 0;
            for (int j = 0; j < s.suppliers().size(); j++, g++) {
                before += attractiveness[g];
                next[g] += step * (Math.log(target[g]) - Math.log(Math.max(shares[g], 1e-6)));
                after += next[g];
            }
            double shift = (after - before) / s.suppliers().size();
            for (int k = first; k < g; k++) {
                next[k] -= shift;
            }
        }
        return next;
    }

    /**
     * Each supplier's mean share of its sector over the last year of the runs (or all of them, if shorter), read at
     * each month's end, averaged over the replications.
     */
    public static double[] steadyShares(ScenarioParams p, int replications, int threads) {
        int n = p.supplierCount();
        double[] out = new double[n];
        List<RunSummary> runs = Replications.run(p, p, 0, replications, threads, ProgressListener.NONE);
        int days = p.days();
        int from = Math.max(0, days - Clock.daysInYears(1));
        int count = 0;
        for (RunSummary r : runs) {
            for (int m = 0; m < Clock.months(days); m++) {
                int end = Clock.month(m, days)[1] - 1;
                if (end < from) {
                    continue;
                }
                DailySnapshot day = r.record().daily().get(end);
                double[] shares = sectorShares(p, day.customers());
                for (int g = 0; g < n; g++) {
                    out[g] += shares[g];
                }
                count++;
            }
        }
        for (int g = 0; g < n; g++) {
            out[g] /= count;
        }
        return out;
    }

    /** Relationships held, as each supplier's share of its sector. */
    public static double[] sectorShares(ScenarioParams p, int[] customers) {
        double[] out = new double[customers.length];
        int g = 0;
        for (SectorParams s : p.sectors()) {
            double total = 0;
            for (int j = 0; j < s.suppliers().size(); j++) {
                total += customers[g + j];
            }
            for (int j = 0; j < s.suppliers().size(); j++, g++) {
                out[g] = total > 0 ? customers[g] / total : 0;
            }
        }
        return out;
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
