package uk.cxsim.metrics;

import java.util.List;

import uk.cxsim.model.LoyaltyStage;

/**
 * How far the measured period is from a steady state: the change over it of relationships held, of each loyalty
 * stage's share, and of treatment leavers from its first quarter to its last. A run in steady state has all three
 * near zero; a trend here would show up in every figure measured over the period.
 *
 * @param relationshipsChangePct     relationships held at the end versus the start, in percent
 * @param loyaltyShareChangePts      change of each stage's share of relationships (customer, client, supporter,
 *                                   advocate), in percentage points
 * @param treatmentLeaversChangePct  treatment leavers in the last quarter versus the first, in percent
 */
public record SteadyState(double relationshipsChangePct, double[] loyaltyShareChangePts,
                          double treatmentLeaversChangePct) {

    /** The stages whose shares are followed: every stage a relationship can be at. */
    public static final List<LoyaltyStage> STAGES = List.of(LoyaltyStage.CUSTOMER, LoyaltyStage.CLIENT,
            LoyaltyStage.SUPPORTER, LoyaltyStage.ADVOCATE);

    public static SteadyState of(RunRecord r) {
        DailySnapshot last = r.last();
        double start = sum(r.measureStartCustomers());
        double end = sum(last.customers());
        double[] startStages = stages(r.measureStartByStage());
        double[] endStages = stages(last.byStage());
        double[] points = new double[STAGES.size()];
        for (int k = 0; k < points.length; k++) {
            int st = STAGES.get(k).ordinal();
            points[k] = 100 * (share(endStages[st], end) - share(startStages[st], start));
        }
        return new SteadyState(start > 0 ? 100 * (end - start) / start : Double.NaN, points,
                treatmentChange(r.daily()));
    }

    private static double treatmentChange(List<DailySnapshot> daily) {
        List<Integer> read = daysRead(daily.size());
        if (read.isEmpty()) {
            return Double.NaN;
        }
        double first = treatment(daily.get(read.get(0)));
        double last = treatment(daily.get(read.get(2))) - treatment(daily.get(read.get(1)));
        return first > 0 ? 100 * (last - first) / first : Double.NaN;
    }

    /**
     * The measured days whose counters the check reads, of {@code days}: the end of the first quarter, the day
     * before the last quarter and the last day (none when a quarter is under a day).
     */
    static List<Integer> daysRead(int days) {
        int quarter = days / 4;
        return quarter < 1 ? List.of() : List.of(quarter - 1, days - 1 - quarter, days - 1);
    }

    private static double treatment(DailySnapshot d) {
        double n = 0;
        for (int g = 0; g < d.cumulative().suppliers(); g++) {
            n += d.cumulative().get(g, Metric.LEFT_TREATMENT);
        }
        return n;
    }

    private static double[] stages(double[][] bySupplier) {
        double[] out = new double[LoyaltyStage.COUNT];
        for (double[] s : bySupplier) {
            for (int st = 0; st < s.length; st++) {
                out[st] += s[st];
            }
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total : 0;
    }
}
