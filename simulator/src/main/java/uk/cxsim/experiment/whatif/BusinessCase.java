package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.BusinessCaseRow.Perspective;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;

/**
 * The profit a what-if makes, from three perspectives: each supplier's books, each sector's and the UK's. Every line
 * is a paired difference (variant minus baseline, replication by replication, on the same customers) of a profit
 * item, in GBP a year at the population's scale, positive when it helps the payer (see {@link SupplierLedger}).
 *
 * <p>A customer won from a rival is a supplier's margin from rivals; for a sector's (and the UK's) books a move
 * between rivals in the sector is no gain, so those rows carry all margin as retained and none from rivals.
 * Acquisition spend is paid to third parties, so it does not cancel between rivals: less switching is a real saving
 * for the sector.
 *
 * <p>The net a year is the sum of the lines (the one-off apart), its interval that of each replication's paired net.
 * NPV, payback and return on investment come from the simulated months (see {@link Economics}); relationships still
 * held at the end of the months appraised are valued apart, as a terminal value.
 */
public final class BusinessCase {
    private static final int LINES = Line.values().length;

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

    /** Per unit (suppliers, then sectors, then the UK) and replication: the figures a row is made of. */
    private static final class Units {
        final double[][][] lines;
        final double[][][] monthly;
        final double[][][] running;
        final double[][] terminal;
        final double[] oneOff;

        Units(int units, int reps, int months) {
            lines = new double[units][reps][LINES];
            monthly = new double[units][reps][months];
            running = new double[units][reps][months];
            terminal = new double[units][reps];
            oneOff = new double[units];
        }

        /** Adds unit {@code from}'s figures into unit {@code to}; a sector's books see no margin from rivals. */
        void addInto(int from, int to) {
            oneOff[to] += oneOff[from];
            for (int k = 0; k < lines[from].length; k++) {
                for (int l = 0; l < LINES; l++) {
                    lines[to][k][l] += lines[from][k][l];
                }
                double rivals = lines[from][k][Line.MARGIN_FROM_RIVALS.ordinal()];
                lines[to][k][Line.MARGIN_FROM_RIVALS.ordinal()] -= rivals;
                lines[to][k][Line.MARGIN_RETAINED.ordinal()] += rivals;
                terminal[to][k] += terminal[from][k];
                for (int m = 0; m < monthly[from][k].length; m++) {
                    monthly[to][k][m] += monthly[from][k][m];
                    running[to][k][m] += running[from][k][m];
                }
            }
        }
    }

    private static List<BusinessCaseRow> rows(List<RunSummary> baseline, List<RunSummary> variant,
                                              boolean everySupplier) {
        if (baseline.size() != variant.size() || baseline.isEmpty()) {
            throw new IllegalArgumentException("baseline and variant need the same replications");
        }
        ScenarioParams bp = baseline.get(0).record().params();
        ScenarioParams vp = variant.get(0).record().params();
        Appraisal appraisal = Appraisal.of(bp);
        int reps = baseline.size();
        int suppliers = bp.supplierCount();
        int sectors = bp.sectors().size();
        int months = appraisal.months();
        Units u = new Units(suppliers + sectors + 1, reps, months);
        for (int k = 0; k < reps; k++) {
            RunSummary b = baseline.get(k);
            RunSummary v = variant.get(k);
            SupplierLedger whole = SupplierLedger.between(b, v, 0, bp.days(), appraisal,
                    Clock.DAYS_PER_YEAR / bp.days());
            for (int m = 0; m < months; m++) {
                int[] span = appraisal.month(m);
                SupplierLedger month = SupplierLedger.between(b, v, span[0], span[1], appraisal, 1);
                for (int g = 0; g < suppliers; g++) {
                    u.monthly[g][k][m] = month.net(g);
                    u.running[g][k][m] = -month.line(g, Line.INVESTMENT_PER_YEAR);
                }
            }
            ProfitItems bi = ProfitItems.of(b.record(), 0, appraisal.appraisedDays());
            ProfitItems vi = ProfitItems.of(v.record(), 0, appraisal.appraisedDays());
            for (int g = 0; g < suppliers; g++) {
                for (Line l : Line.values()) {
                    u.lines[g][k][l.ordinal()] = whole.line(g, l);
                }
                u.terminal[g][k] = terminalValue(vi, g, appraisal) - terminalValue(bi, g, appraisal);
            }
        }
        int g = 0;
        for (int s = 0; s < sectors; s++) {
            SectorParams sb = bp.sectors().get(s);
            SectorParams sv = vp.sectors().get(s);
            for (int j = 0; j < sb.suppliers().size(); j++, g++) {
                u.oneOff[g] = sv.suppliers().get(j).investment().oneOffGbp()
                        - sb.suppliers().get(j).investment().oneOffGbp();
                u.addInto(g, suppliers + s);
            }
            u.addInto(suppliers + s, suppliers + sectors);
        }

        List<BusinessCaseRow> rows = new ArrayList<>();
        g = 0;
        for (int s = 0; s < sectors; s++) {
            SectorParams sec = bp.sectors().get(s);
            for (int j = 0; j < sec.suppliers().size(); j++, g++) {
                BusinessCaseRow row = row(Perspective.SUPPLIER, sec.suppliers().get(j).name(), sec.name(), u, g,
                        appraisal);
                if (everySupplier || movedBeyondNoise(row)) {
                    rows.add(row);
                }
            }
        }
        for (int s = 0; s < sectors; s++) {
            String name = bp.sectors().get(s).name();
            rows.add(row(Perspective.SECTOR, name, name, u, suppliers + s, appraisal));
        }
        rows.add(row(Perspective.UK, "UK", "", u, suppliers + sectors, appraisal));
        return rows;
    }

    /**
     * What a run's relationships held at the end of the months appraised are worth: held x daily margin x expected
     * remaining days at the run's churn (relationships ended per relationship-day), discounted daily and back to the
     * start.
     */
    static double terminalValue(ProfitItems items, int g, Appraisal appraisal) {
        if (items.relationshipDays[g] <= 0) {
            return 0;
        }
        double churn = items.ended[g] / items.relationshipDays[g];
        return items.heldAtEnd[g] * items.scale * items.dailyMargin[g] / (churn + appraisal.dailyRate())
                * appraisal.discountEnd();
    }

    private static BusinessCaseRow row(Perspective perspective, String name, String sector, Units u, int unit,
                                       Appraisal appraisal) {
        double[][] values = u.lines[unit];
        int reps = values.length;
        Map<Line, Interval> lines = new EnumMap<>(Line.class);
        for (Line l : Line.values()) {
            double[] v = new double[reps];
            for (int k = 0; k < reps; k++) {
                v[k] = values[k][l.ordinal()];
            }
            lines.put(l, Interval.of(v));
        }
        double oneOff = u.oneOff[unit];
        int months = u.monthly[unit][0].length;
        double[] net = new double[reps];
        double[] npv = new double[reps];
        double[] roi = new double[reps];
        boolean invested = false;
        double[][] cumulative = new double[reps][];
        double[] meanCumulative = new double[months];
        for (int k = 0; k < reps; k++) {
            for (double v : values[k]) {
                net[k] += v;
            }
            npv[k] = Economics.npv(oneOff, u.monthly[unit][k], appraisal);
            Double r = Economics.roi(oneOff, u.monthly[unit][k], u.running[unit][k], appraisal);
            invested = r != null;
            roi[k] = r == null ? Double.NaN : r;
            cumulative[k] = Economics.cumulative(oneOff, u.monthly[unit][k]);
            for (int m = 0; m < months; m++) {
                meanCumulative[m] += cumulative[k][m] / reps;
            }
        }
        Double[] range = Economics.paybackRange(oneOff, cumulative);
        return new BusinessCaseRow(perspective, name, sector, lines, -oneOff, Interval.of(net), Interval.of(npv),
                invested ? Interval.of(roi) : null, Interval.of(u.terminal[unit]), byYear(oneOff, meanCumulative),
                meanCumulative, Economics.paybackMonths(oneOff, meanCumulative), range[0], range[1]);
    }

    /** Each appraised year's net (twelve months at a time), from the mean cumulative net. */
    private static double[] byYear(double oneOff, double[] cumulative) {
        int years = (cumulative.length + 11) / 12;
        double[] out = new double[years];
        double before = -oneOff;
        for (int y = 0; y < years; y++) {
            double end = cumulative[Math.min(cumulative.length, 12 * (y + 1)) - 1];
            out[y] = end - before;
            before = end;
        }
        return out;
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
