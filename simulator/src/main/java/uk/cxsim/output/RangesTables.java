package uk.cxsim.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRanges;
import uk.cxsim.results.RangesSection;

/**
 * business_case_ranges.csv and the {@code ranges} part of comparison.json: each lever's case at each assumption's ends.
 */
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
                    sb.append(Csv.join(List.of(r.variant(), r.perspective(), r.books(), row.key(), row.label(),
                            row.why(),
                            Boolean.toString(row.shared()), Boolean.toString(row.repriced()),
                            end == row.low() ? "low" : "high", Formats.csv(end.value()),
                            Formats.csv(end.netBenefitGbpPerYear()), Formats.csv(end.npvGbp()),
                            row.breakeven() == null ? "" : Formats.csv(row.breakeven())))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Per lever: whose books, its net and NPV, and each assumption's ends. */
    public static Map<String, RangesSection> json(List<BusinessCaseRanges> ranges) {
        Map<String, RangesSection> out = new LinkedHashMap<>();
        for (BusinessCaseRanges r : ranges) {
            List<RangesSection.Row> rows = r.rows().stream().map(row -> new RangesSection.Row(row.key(), row.label(),
                    row.why(), row.shared(), row.repriced(), Double.isNaN(row.central()) ? null : row.central(),
                    end(row.low()), end(row.high()), row.breakeven())).toList();
            out.put(r.variant(), new RangesSection(r.perspective(), r.books(), r.netBenefitGbpPerYear(), r.npvGbp(),
                    rows));
        }
        return out;
    }

    private static RangesSection.End end(BusinessCaseRanges.End e) {
        return new RangesSection.End(e.value(), e.netBenefitGbpPerYear(), e.npvGbp());
    }
}
