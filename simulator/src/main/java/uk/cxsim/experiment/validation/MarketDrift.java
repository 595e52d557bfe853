package uk.cxsim.experiment.validation;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Whether a market stands still: each supplier's relationships at the end of each measured year against the end of
 * the year before (the first against the start of measurement), from the mean over replications. A market whose
 * stated shares are its own steady state moves only by chance; a supplier that grows or shrinks year after year
 * shows that the shares the scenario states are not where its market settles.
 *
 * @param suppliers     "sector / supplier", in scenario order
 * @param start         mean relationships held at the start of measurement, in simulated customers
 * @param changePct     each supplier's change in each measured year, percent ([supplier][year])
 */
public record MarketDrift(List<String> suppliers, double[] start, double[][] changePct, int replications) {

    /**
     * Runs {@code params} (its measured days a whole number of years) and reads the change year by year.
     *
     * @throws IllegalArgumentException if the measured days are not a whole number of years
     */
    public static MarketDrift measure(ScenarioParams params, int replications, int threads,
                                      ProgressListener progress) {
        int years = Clock.wholeYears(params.days());
        if (years < 1 || Clock.daysInYears(years) != params.days()) {
            throw new IllegalArgumentException("measured days must be whole years, found " + params.days());
        }
        List<RunSummary> runs = Replications.run(params, 0, replications, threads, progress);
        int n = params.supplierCount();
        double[][] atYearEnd = new double[years + 1][n];
        for (RunSummary r : runs) {
            double[] start = r.record().measureStartCustomers();
            for (int g = 0; g < n; g++) {
                atYearEnd[0][g] += start[g] / (double) replications;
            }
            for (int y = 1; y <= years; y++) {
                double[] end = r.record().daily().get(Clock.daysInYears(y) - 1).customers();
                for (int g = 0; g < n; g++) {
                    atYearEnd[y][g] += end[g] / (double) replications;
                }
            }
        }
        double[][] change = new double[n][years];
        for (int g = 0; g < n; g++) {
            for (int y = 0; y < years; y++) {
                double before = atYearEnd[y][g];
                change[g][y] = before > 0 ? 100 * (atYearEnd[y + 1][g] - before) / before : Double.NaN;
            }
        }
        return new MarketDrift(names(params), atYearEnd[0], change, replications);
    }

    /** The largest change of any supplier in any year, percent (its size, whatever its sign). */
    public double largestChangePct() {
        double most = 0;
        for (double[] years : changePct) {
            for (double c : years) {
                most = Math.max(most, Math.abs(c));
            }
        }
        return most;
    }

    /** Whether every supplier moved no more than {@code limitPct} in every year. */
    public boolean within(double limitPct) {
        return largestChangePct() <= limitPct;
    }

    private static List<String> names(ScenarioParams p) {
        List<String> out = new ArrayList<>();
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                out.add(s.name() + " / " + sp.name());
            }
        }
        return List.copyOf(out);
    }
}
