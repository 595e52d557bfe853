package uk.cxsim.chart;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.BusinessCaseSection.Row;

/**
 * Picks the business-case rows (from comparison.json) a board sees for one lever: the supplier that pays for it
 * (or, when every supplier changes, the one it moves most among those whose result is told from noise, if any), that
 * supplier's sector, and the UK.
 */
public final class BusinessCaseRows {
    private BusinessCaseRows() {
    }

    /** The supplier, its sector and the UK, in that order (fewer if a row is missing). */
    public static List<Row> perspectives(BusinessCaseSection businessCase) {
        List<Row> rows = businessCase.rows();
        List<Row> out = new ArrayList<>();
        Row supplier = focusSupplier(rows);
        if (supplier != null) {
            out.add(supplier);
            for (Row r : rows) {
                if ("sector".equals(r.perspective()) && r.name().equals(supplier.sector())) {
                    out.add(r);
                }
            }
        }
        out.add(businessCase.uk());
        return out;
    }

    /**
     * The supplier that invests alone; else, of the suppliers whose net benefit's 95% interval lies clear of zero (a
     * result told from the noise of the runs), the one it moves most either way; null if none is. A supplier picked for
     * the largest estimate alone would be picked by noise.
     */
    static Row focusSupplier(List<Row> rows) {
        Row best = null;
        List<Row> investing = new ArrayList<>();
        for (Row r : rows) {
            if (!"supplier".equals(r.perspective())) {
                continue;
            }
            if (r.invests()) {
                investing.add(r);
            }
            double[] ci = interval(r.netBenefitCi95());
            boolean clear = ci[0] > 0 || ci[1] < 0;
            if (clear && (best == null
                    || Math.abs(orZero(r.netBenefitGbpPerYear())) > Math.abs(orZero(best.netBenefitGbpPerYear())))) {
                best = r;
            }
        }
        return investing.size() == 1 ? investing.get(0) : best;
    }

    /** Figures read from the JSON (one 0 if absent or empty; 0 for a figure that was not finite). */
    static double[] numbers(double[] v) {
        if (v == null || v.length == 0) {
            return new double[]{0};
        }
        double[] out = new double[v.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = orZero(v[k]);
        }
        return out;
    }

    /** A figure, 0 if it was not finite (written as null). */
    public static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** A 95% interval [low, high] from the JSON; NaN at both ends if absent or either end is not finite. */
    public static double[] interval(double[] v) {
        if (v != null && v.length == 2 && !Double.isNaN(v[0]) && !Double.isNaN(v[1])) {
            return new double[]{v[0], v[1]};
        }
        return new double[]{Double.NaN, Double.NaN};
    }

    /**
     * A row's payback range ({@code paybackMonthsCi95}): the payback at the upper and at the lower end of the net
     * benefit's interval, each null when not within the horizon; null if the row has no range (one replication, or
     * written before it was kept).
     */
    public static Double[] paybackRange(Row r) {
        List<Double> l = r.paybackMonthsCi95();
        if (l != null && l.size() == 2 && l.get(0) != null) {
            return new Double[]{l.get(0), l.get(1)};
        }
        return null;
    }
}
