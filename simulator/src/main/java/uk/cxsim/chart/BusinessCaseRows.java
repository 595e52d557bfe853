package uk.cxsim.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks the business-case rows (from comparison.json) a board sees for one lever: the supplier that pays for it
 * (or, when every supplier changes, the one that gains most), that supplier's sector, and the UK.
 */
public final class BusinessCaseRows {
    private BusinessCaseRows() {
    }

    /** The supplier, its sector and the UK, in that order (fewer if a row is missing). */
    public static List<Map<String, Object>> perspectives(Map<String, Object> businessCase) {
        List<Map<String, Object>> rows = rows(businessCase);
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> supplier = focusSupplier(rows);
        if (supplier != null) {
            out.add(supplier);
            for (Map<String, Object> r : rows) {
                if ("sector".equals(r.get("perspective")) && r.get("name").equals(supplier.get("sector"))) {
                    out.add(r);
                }
            }
        }
        out.add(uk(rows));
        return out;
    }

    /** Whose books pay: the one supplier that invests, otherwise the UK. */
    public static Map<String, Object> payer(Map<String, Object> businessCase) {
        List<Map<String, Object>> rows = rows(businessCase);
        List<Map<String, Object>> investing = rows.stream().filter(r -> "supplier".equals(r.get("perspective"))
                && invests(r)).toList();
        return investing.size() == 1 ? investing.get(0) : uk(rows);
    }

    /** The supplier that invests alone, else the supplier row with the largest net benefit; null if none. */
    static Map<String, Object> focusSupplier(List<Map<String, Object>> rows) {
        Map<String, Object> best = null;
        List<Map<String, Object>> investing = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (!"supplier".equals(r.get("perspective"))) {
                continue;
            }
            if (invests(r)) {
                investing.add(r);
            }
            if (best == null || number(r, "netBenefitGbpPerYear") > number(best, "netBenefitGbpPerYear")) {
                best = r;
            }
        }
        return investing.size() == 1 ? investing.get(0) : best;
    }

    /** A row whose books pay something for the change, once or every year. */
    private static boolean invests(Map<String, Object> r) {
        return number(r, "investmentOneOffGbp") != 0 || number(r, "investmentPerYearGbp") != 0;
    }

    /** A list of numbers from the JSON (one 0 if absent or empty). */
    static double[] numbers(Object v) {
        if (!(v instanceof List<?> l)) {
            return new double[]{0};
        }
        double[] out = new double[l.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = l.get(k) instanceof Number n ? n.doubleValue() : 0;
        }
        return out.length == 0 ? new double[]{0} : out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> businessCase) {
        return (List<Map<String, Object>>) businessCase.get("rows");
    }

    private static Map<String, Object> uk(List<Map<String, Object>> rows) {
        return rows.get(rows.size() - 1);
    }

    /** A row's number, 0 if absent (a null stands for a value that was not finite). */
    public static double number(Map<String, Object> r, String key) {
        return r.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    /** A 95% interval [low, high] from the JSON; NaN at both ends if absent. */
    public static double[] interval(Object v) {
        if (v instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number a && l.get(1) instanceof Number b) {
            return new double[]{a.doubleValue(), b.doubleValue()};
        }
        return new double[]{Double.NaN, Double.NaN};
    }

    /**
     * A row's payback range ({@code paybackMonthsCi95}): the payback at the upper and at the lower end of the net
     * benefit's interval, each null when not within the horizon; null if the row has no range (one replication, or
     * written before it was kept).
     */
    public static Double[] paybackRange(Map<String, Object> r) {
        if (r.get("paybackMonthsCi95") instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number soonest) {
            return new Double[]{soonest.doubleValue(), l.get(1) instanceof Number latest ? latest.doubleValue() : null};
        }
        return null;
    }
}
