package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.VolumeSplit;
import uk.cxsim.metrics.VolumeSplit.Volume;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Splits the change in a volume (contacts, repeats, failure demand) into the part that comes from holding more or
 * fewer relationships (the volume effect: the baseline's rate per relationship-year times the change in
 * relationship-years) and the part that comes from each relationship generating more or fewer of them (the rate
 * effect: the variant's relationship-years times the change in rate). The two add up to the change exactly, in
 * every replication; intervals are paired over replications.
 */
public final class VolumeAndRate {
    private VolumeAndRate() {
    }

    /** Splits for the UK and each sector. */
    public static List<VolumeSplit> of(List<RunSummary> baseline, List<RunSummary> variant) {
        ScenarioParams p = baseline.get(0).record().params();
        List<VolumeSplit> out = new ArrayList<>();
        int[] first = p.firstSuppliers();
        out.addAll(splits("uk", "UK", baseline, variant, 0, p.supplierCount()));
        for (int s = 0; s < p.sectors().size(); s++) {
            out.addAll(splits("sector", p.sectors().get(s).name(), baseline, variant, first[s], first[s + 1]));
        }
        return out;
    }

    /** Every volume for suppliers [from, to), the relationship-years of each replication counted once. */
    private static List<VolumeSplit> splits(String perspective, String name, List<RunSummary> baseline,
                                      List<RunSummary> variant, int from, int to) {
        double[] heldB = new double[baseline.size()];
        double[] heldV = new double[baseline.size()];
        for (int k = 0; k < heldB.length; k++) {
            heldB[k] = relationshipYears(baseline.get(k), from, to);
            heldV[k] = relationshipYears(variant.get(k), from, to);
        }
        List<VolumeSplit> out = new ArrayList<>();
        for (Volume v : Volume.values()) {
            out.add(split(perspective, name, v, baseline, variant, heldB, heldV, from, to));
        }
        return out;
    }

    private static VolumeSplit split(String perspective, String name, Volume v, List<RunSummary> baseline,
                               List<RunSummary> variant, double[] heldB, double[] heldV, int from, int to) {
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
            double amountB = amount(baseline.get(k), v, from, to);
            double amountV = amount(variant.get(k), v, from, to);
            double rateB = amountB / heldB[k];
            double rateV = amountV / heldV[k];
            change[k] = amountV - amountB;
            volume[k] = (heldV[k] - heldB[k]) * rateB;
            rate[k] = heldV[k] * (rateV - rateB);
            ratePct[k] = rateB != 0 ? 100 * (rateV / rateB - 1) : 0;
            xb += amountB / reps;
            xv += amountV / reps;
            rb += rateB / reps;
            rv += rateV / reps;
        }
        return new VolumeSplit(perspective, name, v, xb, xv, Interval.of(change), Interval.of(volume),
                Interval.of(rate), rb, rv, Interval.of(ratePct));
    }

    /** The volume a year in the population. */
    private static double amount(RunSummary s, Volume v, int from, int to) {
        double amount = 0;
        for (int g = from; g < to; g++) {
            for (Metric m : v.parts()) {
                amount += s.record().measured().get(g, m);
            }
        }
        return amount * s.flowFactor();
    }

    /** Relationship-years a year in the population: the mean relationships held over the measured days. */
    private static double relationshipYears(RunSummary s, int from, int to) {
        RunRecord r = s.record();
        double held = 0;
        for (DailySnapshot d : r.daily()) {
            for (int g = from; g < to; g++) {
                held += d.customers()[g];
            }
        }
        held /= r.daily().size();
        return held * s.scale();
    }
}
