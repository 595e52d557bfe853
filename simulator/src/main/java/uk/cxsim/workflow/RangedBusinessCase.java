package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.BusinessCase;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRanges;
import uk.cxsim.metrics.BusinessCaseRanges.End;
import uk.cxsim.metrics.BusinessCaseRanges.Row;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.AssumptionRange;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;

/**
 * A what-if's business case at each end of every assumption it states with a range, one assumption at a time, on
 * the same customers (common random numbers), read on the books of whoever pays for it.
 *
 * <p>A range on a lever (a supplier's key, a market-wide lever, the investment) moves the what-if alone; a range on
 * the market or the appraisal (behaviour, people, costs, a sector's economics) moves base and what-if together.
 * Keys the simulation never reads (prices, investments, the appraisal) are priced again on the very same runs; any
 * other key is run again at each end.
 */
public final class RangedBusinessCase {
    /** Keys the simulation never reads: a run at another value of one of them is the same run, priced again. */
    private static final Pattern PRICE_ONLY = Pattern.compile("(.*\\.)?investment\\.(oneOffGbp|perYearGbp)"
            + "|sectors\\.[^.]+\\.(marginShare|acquisitionCostGbp)"
            + "|sectors\\.[^.]+\\.complaints\\.(handlingGbp|redressGbp|ombudsmanShare|ombudsmanFeeGbp)"
            + "|costs\\.(acquisitionToRetentionRatio|agentHourGbp|agentHourSavingRealised|horizonYears|discountRate)");
    /** Keys that set a supplier's service design or investment: the levers a what-if pulls. */
    private static final Pattern LEVER = Pattern.compile("levers\\..*|supplierDefaults\\..*"
            + "|sectors\\.[^.]+\\.(suppliers|allSuppliers|supplierDefaults)\\..*");

    /** Runs of base and variant, and told of days done. */
    @FunctionalInterface
    public interface Progress {
        void daysDone(long done);
    }

    private RangedBusinessCase() {
    }

    /**
     * Whether an assumption moves base and what-if together: every key but a lever's.
     */
    public static boolean shared(String key) {
        return !LEVER.matcher(key).matches();
    }

    /** Whether an assumption is one the simulation never reads, so that its ends need no new runs. */
    public static boolean priceOnly(String key) {
        return PRICE_ONLY.matcher(key).matches();
    }

    /**
     * Loads what each end of each range needs, so that a bad key or value is refused before anything runs.
     *
     * @param base    loads the base with further overrides
     * @param variant loads the what-if with further overrides (its common random numbers included)
     */
    public static void check(LoadedScenario what, Function<List<KeyOverride>, LoadedScenario> base,
                             Function<List<KeyOverride>, LoadedScenario> variant) {
        for (AssumptionRange r : what.ranges()) {
            for (boolean low : new boolean[]{true, false}) {
                List<KeyOverride> at = List.of(at(r, low));
                variant.apply(at);
                if (shared(r.key())) {
                    base.apply(at);
                }
            }
        }
    }

    /** Days the ranges of a what-if run (the ends that need new runs), for the progress bar. */
    public static long days(LoadedScenario what, ScenarioParams base, int replications) {
        long days = 0;
        for (AssumptionRange r : what.ranges()) {
            if (!priceOnly(r.key())) {
                days += 2L * replications * base.totalDays() * (shared(r.key()) ? 2 : 1);
            }
        }
        return days;
    }

    /**
     * The business case at each end of every range the what-if states.
     *
     * @param central the comparison's runs of the base and this what-if
     * @param spinUps the base's spin-ups, to start the what-if's runs at each end from
     */
    public static BusinessCaseRanges of(LoadedScenario what, ScenarioParams baseParams, List<RunSummary> baseRuns,
                            List<RunSummary> variantRuns, Function<List<KeyOverride>, LoadedScenario> base,
                            Function<List<KeyOverride>, LoadedScenario> variant, int threads, SpinUps spinUps,
                            Progress progress) {
        List<BusinessCaseRow> rows = BusinessCase.every(baseRuns, variantRuns);
        BusinessCaseRow payer = BusinessCaseRow.payer(rows);
        List<Row> out = new ArrayList<>();
        long[] done = {0};
        for (AssumptionRange r : what.ranges()) {
            boolean shared = shared(r.key());
            boolean priceOnly = priceOnly(r.key());
            End[] ends = new End[2];
            for (int e = 0; e < 2; e++) {
                boolean low = e == 0;
                List<KeyOverride> at = List.of(at(r, low));
                ScenarioParams v = variant.apply(at).params();
                ScenarioParams b = shared ? base.apply(at).params() : baseParams;
                List<RunSummary> bRuns;
                List<RunSummary> vRuns;
                if (priceOnly) {
                    bRuns = shared ? priced(baseRuns, b) : baseRuns;
                    vRuns = priced(variantRuns, v);
                } else {
                    long before = done[0];
                    int reps = baseRuns.size();
                    WhatIfRuns runs = shared
                            ? WhatIfRuns.run(b, List.of(v), reps, threads, before, progress::daysDone)
                            : WhatIfRuns.against(baseRuns, baseParams, List.of(v), threads, spinUps,
                            d -> progress.daysDone(before + d));
                    done[0] += shared ? WhatIfRuns.days(b, 1, reps) : (long) reps * v.totalDays();
                    bRuns = runs.base();
                    vRuns = runs.variants().get(v.name());
                }
                BusinessCaseRow row = payer.sameBooksIn(BusinessCase.every(bRuns, vRuns));
                ends[e] = new End(low ? r.low() : r.high(), row.netBenefit().mean(), row.npv().mean());
            }
            double central = central(what, r.key());
            out.add(new Row(r.key(), r.label(), r.why(), shared, priceOnly, central, ends[0], ends[1],
                    breakeven(ends[0], new End(central, payer.netBenefit().mean(), payer.npv().mean()), ends[1])));
        }
        out.sort(Comparator.comparingDouble(Row::swing).reversed());
        return new BusinessCaseRanges(what.params().name(), payer.perspective().key(), payer.name(),
                payer.netBenefit().mean(), payer.npv().mean(), List.copyOf(out));
    }

    private static KeyOverride at(AssumptionRange r, boolean low) {
        return new KeyOverride("ranges." + r.key() + (low ? ".low" : ".high"), r.key() + "=" + number(
                low ? r.low() : r.high()));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static List<RunSummary> priced(List<RunSummary> runs, ScenarioParams p) {
        return runs.stream().map(r -> new RunSummary(r.record().withParams(p))).toList();
    }

    /**
     * The value of the key the what-if uses: its resolved value, read for a layer key ({@code levers.allSuppliers.X},
     * {@code sectors.S.allSuppliers.X}) at the first supplier it reaches; NaN if it cannot be read.
     */
    static double central(LoadedScenario what, String key) {
        String path = key;
        if (key.startsWith("levers.allSuppliers.")) {
            var s = what.params().sectors().get(0);
            path = "sectors." + s.name() + ".suppliers." + s.suppliers().get(0).name() + "."
                    + key.substring("levers.allSuppliers.".length());
        } else if (key.matches("sectors\\.[^.]+\\.allSuppliers\\..*")) {
            String sector = key.split("\\.")[1];
            var s = what.params().sectors().stream().filter(x -> x.name().equals(sector)).findFirst().orElse(null);
            if (s == null) {
                return Double.NaN;
            }
            path = "sectors." + sector + ".suppliers." + s.suppliers().get(0).name() + "."
                    + key.substring(("sectors." + sector + ".allSuppliers.").length());
        }
        Object at = what.resolved();
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return Double.NaN;
            }
            at = m.get(part);
        }
        return at instanceof Number n ? n.doubleValue() : at instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
    }

    /**
     * Where the NPV crosses zero between the ends (through the what-if's own value when it lies between them),
     * by straight lines; null when it does not cross zero in the range.
     */
    static Double breakeven(End low, End central, End high) {
        List<End> points = new ArrayList<>(List.of(low));
        if (!Double.isNaN(central.value()) && central.value() > low.value() && central.value() < high.value()) {
            points.add(central);
        }
        points.add(high);
        for (int k = 0; k + 1 < points.size(); k++) {
            End a = points.get(k);
            End b = points.get(k + 1);
            if (a.npvGbp() == 0) {
                return a.value();
            }
            if (Math.signum(a.npvGbp()) != Math.signum(b.npvGbp())) {
                return a.value() + (b.value() - a.value()) * a.npvGbp() / (a.npvGbp() - b.npvGbp());
            }
        }
        return high.npvGbp() == 0 ? high.value() : null;
    }
}
