package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.BusinessCaseRow.Perspective;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;

/**
 * The economics of a what-if from three perspectives: each supplier's books, each sector's and the UK's. Every
 * line is a paired difference (variant minus baseline, replication by replication, common random numbers), in GBP
 * a year at the population's scale, signed so that a positive value is good for whoever's books the row reads.
 *
 * <p>Transfers are counted once: a customer who would have left for treatment and joined a rival is in the
 * supplier's transfer line (it no longer loses them to the rival), not in its retained line, which counts the
 * treatment leavers who would not have moved to a rival. Each move between rivals is one supplier's gain and
 * another's loss, so the transfer lines of a sector's suppliers sum to zero: the sector's net benefit counts only
 * customers who no longer stop buying in the sector.
 */
public final class BusinessCase {
    /** The discounting and pricing a business case uses (from the variant's cost keys). */
    public record Terms(int horizonYears, double discountRate, double agentHourGbp) {
    }

    private BusinessCase() {
    }

    /** Every perspective's rows: suppliers whose figures moved beyond noise, every sector, and the UK. */
    public static List<BusinessCaseRow> of(List<RunSummary> baseline, List<RunSummary> variant) {
        return rows(baseline, variant, false);
    }

    /** As {@link #of}, with every supplier's row whether it moved or not. */
    public static List<BusinessCaseRow> every(List<RunSummary> baseline, List<RunSummary> variant) {
        return rows(baseline, variant, true);
    }

    private static List<BusinessCaseRow> rows(List<RunSummary> baseline, List<RunSummary> variant,
                                              boolean everySupplier) {
        if (baseline.size() != variant.size() || baseline.isEmpty()) {
            throw new IllegalArgumentException("baseline and variant need the same replications");
        }
        ScenarioParams vp = variant.get(0).record().params();
        ScenarioParams bp = baseline.get(0).record().params();
        Terms terms = new Terms(vp.costs().horizonYears(), vp.costs().discountRate(), vp.costs().agentHourGbp());
        int reps = baseline.size();
        int suppliers = bp.supplierCount();
        int years = MeasuredYears.count(bp.days());
        // per unit (suppliers, then sectors, then the UK), replication and line
        int sectors = bp.sectors().size();
        int units = suppliers + sectors + 1;
        double[][][] values = new double[units][reps][Line.values().length];
        double[][] gross = new double[units][reps];
        double[][][] byYear = new double[units][reps][years];
        for (int k = 0; k < reps; k++) {
            SupplierLedger whole = SupplierLedger.between(baseline.get(k), variant.get(k), 0, bp.days(), terms);
            for (int g = 0; g < suppliers; g++) {
                for (Line l : Line.values()) {
                    values[g][k][l.ordinal()] = whole.line(g, l);
                }
                gross[g][k] = whole.grossRetained(g);
            }
            for (int y = 0; y < years; y++) {
                int[] range = MeasuredYears.range(bp.days(), y);
                SupplierLedger year = years == 1 ? whole
                        : SupplierLedger.between(baseline.get(k), variant.get(k), range[0], range[1], terms);
                for (int g = 0; g < suppliers; g++) {
                    byYear[g][k][y] = year.net(g);
                }
            }
        }
        // investments do not vary by replication
        double[] oneOff = new double[units];
        int g = 0;
        for (int s = 0; s < sectors; s++) {
            SectorParams sb = bp.sectors().get(s);
            SectorParams sv = vp.sectors().get(s);
            for (int j = 0; j < sb.suppliers().size(); j++, g++) {
                oneOff[g] = sv.suppliers().get(j).investment().oneOffGbp()
                        - sb.suppliers().get(j).investment().oneOffGbp();
            }
        }
        sumUp(bp, values, gross, byYear, oneOff, suppliers);

        List<BusinessCaseRow> rows = new ArrayList<>();
        g = 0;
        for (int s = 0; s < sectors; s++) {
            SectorParams sec = bp.sectors().get(s);
            for (int j = 0; j < sec.suppliers().size(); j++, g++) {
                BusinessCaseRow row = row(Perspective.SUPPLIER, sec.suppliers().get(j).name(), sec.name(),
                        values[g], gross[g], oneOff[g], byYear[g], terms);
                if (everySupplier || movedBeyondNoise(row)) {
                    rows.add(row);
                }
            }
        }
        for (int s = 0; s < sectors; s++) {
            String name = bp.sectors().get(s).name();
            int u = suppliers + s;
            rows.add(row(Perspective.SECTOR, name, name, values[u], gross[u], oneOff[u], byYear[u], terms));
        }
        int uk = units - 1;
        rows.add(row(Perspective.UK, "UK", "", values[uk], gross[uk], oneOff[uk], byYear[uk], terms));
        return rows;
    }

    /** Sector units are the sums of their suppliers; the UK unit the sum of the sectors. */
    private static void sumUp(ScenarioParams p, double[][][] values, double[][] gross, double[][][] byYear,
                              double[] oneOff, int suppliers) {
        int uk = values.length - 1;
        int g = 0;
        for (int s = 0; s < p.sectors().size(); s++) {
            int u = suppliers + s;
            for (int j = 0; j < p.sectors().get(s).suppliers().size(); j++, g++) {
                for (int target : new int[]{u, uk}) {
                    oneOff[target] += oneOff[g];
                    for (int k = 0; k < values[g].length; k++) {
                        gross[target][k] += gross[g][k];
                        for (int l = 0; l < values[g][k].length; l++) {
                            values[target][k][l] += values[g][k][l];
                        }
                        for (int y = 0; y < byYear[g][k].length; y++) {
                            byYear[target][k][y] += byYear[g][k][y];
                        }
                    }
                }
            }
        }
    }

    private static BusinessCaseRow row(Perspective perspective, String name, String sector, double[][] values,
                                       double[] gross, double oneOff, double[][] byYear, Terms terms) {
        int reps = values.length;
        Map<Line, Interval> lines = new EnumMap<>(Line.class);
        for (Line l : Line.values()) {
            double[] v = new double[reps];
            for (int k = 0; k < reps; k++) {
                v[k] = values[k][l.ordinal()];
            }
            lines.put(l, Interval.of(v));
        }
        double[] net = new double[reps];
        double[] npv = new double[reps];
        int years = byYear[0].length;
        double[] meanByYear = new double[years];
        for (int k = 0; k < reps; k++) {
            net[k] = net(values[k]);
            npv[k] = Economics.npv(oneOff, byYear[k], terms.horizonYears(), terms.discountRate());
            for (int y = 0; y < years; y++) {
                meanByYear[y] += byYear[k][y] / reps;
            }
        }
        Double[] range = Economics.paybackRange(oneOff, byYear, terms.horizonYears());
        return new BusinessCaseRow(perspective, name, sector, lines, Interval.of(gross), oneOff, Interval.of(net),
                Interval.of(npv), meanByYear, Economics.paybackMonths(oneOff, meanByYear, terms.horizonYears()),
                range[0], range[1]);
    }

    /** The net benefit a year: the sum of the lines, costs subtracted. */
    static double net(double[] lines) {
        double n = 0;
        for (Line l : Line.values()) {
            n += l.sign() * lines[l.ordinal()];
        }
        return n;
    }

    /** A supplier row is shown when the change costs it something or any of its lines moved beyond noise. */
    private static boolean movedBeyondNoise(BusinessCaseRow row) {
        if (row.investmentOneOffGbp() != 0 || row.line(Line.INVESTMENT_PER_YEAR) != 0) {
            return true;
        }
        if (!row.netBenefit().covers(0)) {
            return true;
        }
        for (Line l : Line.values()) {
            if (!row.lines().get(l).covers(0)) {
                return true;
            }
        }
        return false;
    }
}
