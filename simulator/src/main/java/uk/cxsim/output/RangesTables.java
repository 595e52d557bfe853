package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRanges;

/** business_case_ranges.csv and the {@code ranges} part of comparison.json: each lever's case at each assumption's ends. */
public final class RangesTables {
    public static final String CSV = "business_case_ranges.csv";

    private RangesTables() {
    }

    /** Tidy: one row per lever, assumption and end. */
    public static String csv(List<BusinessCaseRanges> ranges) {
        StringBuilder sb = new StringBuilder("variant,perspective,name,key,label,why,shared,repriced,end,value,"
                + "netBenefitGbpPerYear,npvGbp,breakeven\n");
        for (BusinessCaseRanges r : ranges) {
            for (BusinessCaseRanges.Row row : r.rows()) {
                for (BusinessCaseRanges.End end : List.of(row.low(), row.high())) {
                    sb.append(Csv.join(List.of(r.variant(), r.perspective(), r.books(), row.key(), row.label(), row.why(),
                            Boolean.toString(row.shared()), Boolean.toString(row.repriced()),
                            end == row.low() ? "low" : "high", SweepFile.number(end.value()),
                            SweepFile.number(end.netBenefitGbpPerYear()), SweepFile.number(end.npvGbp()),
                            row.breakeven() == null ? "" : SweepFile.number(row.breakeven())))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Per lever: whose books, its net and NPV, and each assumption's ends. */
    public static Map<String, Object> json(List<BusinessCaseRanges> ranges) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (BusinessCaseRanges r : ranges) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perspective", r.perspective());
            m.put("name", r.books());
            m.put("netBenefitGbpPerYear", r.netBenefitGbpPerYear());
            m.put("npvGbp", r.npvGbp());
            List<Object> rows = new ArrayList<>();
            for (BusinessCaseRanges.Row row : r.rows()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("key", row.key());
                x.put("label", row.label());
                x.put("why", row.why());
                x.put("movesBase", row.shared());
                x.put("pricedOnly", row.repriced());
                x.put("value", Double.isNaN(row.central()) ? null : row.central());
                x.put("low", end(row.low()));
                x.put("high", end(row.high()));
                x.put("npvZeroAt", row.breakeven());
                rows.add(x);
            }
            m.put("rows", rows);
            out.put(r.variant(), m);
        }
        return out;
    }

    private static Map<String, Object> end(BusinessCaseRanges.End e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("netBenefitGbpPerYear", e.netBenefitGbpPerYear());
        m.put("npvGbp", e.npvGbp());
        return m;
    }
}
