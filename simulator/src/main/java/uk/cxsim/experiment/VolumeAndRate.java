package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;

/**
 * Splits the change in a volume (contacts, repeats, failure demand) into the part that comes from holding more or
 * fewer relationships (the volume effect: the baseline's rate per relationship-year times the change in
 * relationship-years) and the part that comes from each relationship generating more or fewer of them (the rate
 * effect: the variant's relationship-years times the change in rate). The two add up to the change exactly, in
 * every replication; intervals are paired over replications.
 */
public final class VolumeAndRate {
    /** The volumes split, each a sum of per-supplier counters. */
    public enum Volume {
        CONTACTS("contacts", Metric.CONTACTS),
        REPEAT_CONTACTS("repeatContacts", Metric.REPEAT_CONTACTS),
        AVOIDABLE_CONTACTS("avoidableContacts", Metric.AVOIDABLE_REPEATS, Metric.AVOIDABLE_RETRIES,
                Metric.AVOIDABLE_TRANSFERS, Metric.AVOIDABLE_SWITCHES),
        FAILURE_DEMAND_GBP("failureDemandGbp", Metric.FAILURE_DEMAND_GBP);

        private final String key;
        private final Metric[] parts;

        Volume(String key, Metric... parts) {
            this.key = key;
            this.parts = parts;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One volume for one perspective. Rates are per relationship-year (baseline and variant means).
     */
    public record Split(String perspective, String name, Volume volume, double baseline, double variant,
                        Interval change, Interval volumeEffect, Interval rateEffect, double baselineRate,
                        double variantRate, Interval rateChangePct) {
    }

    private VolumeAndRate() {
    }

    /** Splits for the UK and each sector. */
    public static List<Split> of(List<RunSummary> baseline, List<RunSummary> variant) {
        ScenarioParams p = baseline.get(0).record().params();
        List<Split> out = new ArrayList<>();
        int total = SupplierLedger.supplierCount(p);
        for (Volume v : Volume.values()) {
            out.add(split("uk", "UK", v, baseline, variant, 0, total));
        }
        int first = 0;
        for (SectorParams s : p.sectors()) {
            int last = first + s.suppliers().size();
            for (Volume v : Volume.values()) {
                out.add(split("sector", s.name(), v, baseline, variant, first, last));
            }
            first = last;
        }
        return out;
    }

    private static Split split(String perspective, String name, Volume v, List<RunSummary> baseline,
                               List<RunSummary> variant, int from, int to) {
        int reps = baseline.size();
        double[] change = new double[reps];
        double[] volume = new double[reps];
        double[] rate = new double[reps];
        double[] ratePct = new double[reps];
        double xb = 0;
        double xv = 0;
        double rb = 0;
        double rv = 0;
        for (int k = 0; k < reps; k++) {
            double[] b = amountAndYears(baseline.get(k), v, from, to);
            double[] w = amountAndYears(variant.get(k), v, from, to);
            double rateB = b[0] / b[1];
            double rateV = w[0] / w[1];
            change[k] = w[0] - b[0];
            volume[k] = (w[1] - b[1]) * rateB;
            rate[k] = w[1] * (rateV - rateB);
            ratePct[k] = rateB != 0 ? 100 * (rateV / rateB - 1) : 0;
            xb += b[0] / reps;
            xv += w[0] / reps;
            rb += rateB / reps;
            rv += rateV / reps;
        }
        return new Split(perspective, name, v, xb, xv, Interval.of(change), Interval.of(volume), Interval.of(rate),
                rb, rv, Interval.of(ratePct));
    }

    /** The volume a year in the population, and relationship-years a year (mean relationships held). */
    private static double[] amountAndYears(RunSummary s, Volume v, int from, int to) {
        RunRecord r = s.record();
        double amount = 0;
        for (int g = from; g < to; g++) {
            for (Metric m : v.parts) {
                amount += r.measured().get(g, m);
            }
        }
        double held = 0;
        for (DailySnapshot d : r.daily()) {
            for (int g = from; g < to; g++) {
                held += d.customers()[g];
            }
        }
        held /= r.daily().size();
        return new double[]{amount * s.flowFactor(), held * s.scale()};
    }
}
