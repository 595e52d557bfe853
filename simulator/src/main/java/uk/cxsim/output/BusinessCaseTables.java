package uk.cxsim.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.VolumeSplit;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;

/** business_case.csv and the businessCase and volumeAndRate parts of comparison.json. */
public final class BusinessCaseTables {
    private BusinessCaseTables() {
    }

    /** Tidy: one row per variant, perspective, name and line, with the paired 95% CI. */
    public static String csv(Map<String, List<BusinessCaseRow>> cases) {
        StringBuilder sb = new StringBuilder("variant,perspective,name,sector,line,value,ci95Low,ci95High\n");
        cases.forEach((variant, rows) -> {
            for (BusinessCaseRow r : rows) {
                String head = Csv.join(List.of(variant, r.perspective().key(), r.name(), r.sector()));
                for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                    line(sb, head, l.key(), r.lines().get(l));
                }
                line(sb, head, "investmentOneOffGbp", exact(r.investmentOneOffGbp()));
                line(sb, head, "netBenefitGbpPerYear", r.netBenefit());
                line(sb, head, "npvGbp", r.npv());
                if (r.roi() != null) {
                    line(sb, head, "roi", r.roi());
                }
                line(sb, head, "terminalValueGbp", r.terminalValue());
                // the payback's range: at the upper and at the lower end of the net benefit's interval
                sb.append(head).append(",paybackMonths,").append(months(r.paybackMonths())).append(',')
                        .append(months(r.paybackMonthsSoonest())).append(',').append(months(r.paybackMonthsLatest()))
                        .append('\n');
            }
        });
        return sb.toString();
    }

    /** Months, or empty when not within the horizon. */
    private static String months(Double m) {
        return m == null ? "" : SweepFile.number(m);
    }

    private static Interval exact(double v) {
        return new Interval(v, Double.NaN, Double.NaN, 1);
    }

    private static void line(StringBuilder sb, String head, String line, Interval v) {
        sb.append(head).append(',').append(line).append(',').append(SweepFile.number(v.mean())).append(',')
                .append(SweepFile.number(v.low())).append(',').append(SweepFile.number(v.high())).append('\n');
    }

    /**
     * The appraisal and rows of one variant's business case.
     *
     * @param baseline the baseline, whose appraisal (horizon, discount, realised share) both runs share
     */
    public static Map<String, Object> json(ScenarioParams baseline, ScenarioParams variant,
                                           List<BusinessCaseRow> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        Appraisal appraisal = Appraisal.of(baseline);
        m.put("horizonYears", appraisal.horizonYears());
        m.put("monthsAppraised", appraisal.months());
        m.put("discountRate", appraisal.discountRate());
        m.put("agentHourSavingRealised", appraisal.agentHourSavingRealised());
        m.put("agentHourGbp", variant.costs().agentHourGbp());
        m.put("baselineAgentHourGbp", baseline.costs().agentHourGbp());
        m.put("measuredDays", variant.days());
        m.put("measuredYears", Clock.years(variant.days()));
        List<Object> list = new ArrayList<>();
        for (BusinessCaseRow r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("perspective", r.perspective().key());
            row.put("name", r.name());
            if (!r.sector().isEmpty()) {
                row.put("sector", r.sector());
            }
            for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                row.put(l.key(), r.line(l));
            }
            row.put("investmentOneOffGbp", r.investmentOneOffGbp());
            row.put("netBenefitGbpPerYear", r.netBenefit().mean());
            row.put("netBenefitCi95", ci(r.netBenefit()));
            row.put("npvGbp", r.npv().mean());
            row.put("npvCi95", ci(r.npv()));
            row.put("roi", r.roi() == null ? null : r.roi().mean());
            row.put("roiCi95", r.roi() == null ? null : ci(r.roi()));
            row.put("paybackMonths", r.paybackMonths());
            row.put("paybackMonthsCi95", Arrays.asList(r.paybackMonthsSoonest(), r.paybackMonthsLatest()));
            row.put("terminalValueGbp", r.terminalValue().mean());
            row.put("terminalValueCi95", ci(r.terminalValue()));
            row.put("netBenefitGbpByYear", r.netBenefitByYear());
            row.put("cumulativeNetGbpByMonth", r.cumulativeByMonth());
            Map<String, Object> cis = new LinkedHashMap<>();
            for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                cis.put(l.key(), ci(r.lines().get(l)));
            }
            row.put("ci95", cis);
            list.add(row);
        }
        m.put("rows", list);
        return m;
    }

    /** The volume and rate effects of one variant, UK and by sector. */
    public static List<Object> json(List<VolumeSplit> splits) {
        List<Object> list = new ArrayList<>();
        for (VolumeSplit s : splits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("perspective", s.perspective());
            row.put("name", s.name());
            row.put("volume", s.volume().key());
            row.put("baseline", s.baseline());
            row.put("variant", s.variant());
            row.put("change", s.change().mean());
            row.put("changeCi95", ci(s.change()));
            row.put("volumeEffect", s.volumeEffect().mean());
            row.put("volumeEffectCi95", ci(s.volumeEffect()));
            row.put("rateEffect", s.rateEffect().mean());
            row.put("rateEffectCi95", ci(s.rateEffect()));
            row.put("baselinePerRelationshipYear", s.baselineRate());
            row.put("variantPerRelationshipYear", s.variantRate());
            row.put("rateChangePct", s.rateChangePct().mean());
            row.put("rateChangePctCi95", ci(s.rateChangePct()));
            list.add(row);
        }
        return list;
    }

    private static double[] ci(Interval i) {
        return new double[]{i.low(), i.high()};
    }
}
