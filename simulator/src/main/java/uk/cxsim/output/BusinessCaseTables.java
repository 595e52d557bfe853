package uk.cxsim.output;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.LeverScope;
import uk.cxsim.metrics.VolumeSplit;
import uk.cxsim.model.Clock;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.VolumeRateRow;

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
        return m == null ? "" : Formats.csv(m);
    }

    private static Interval exact(double v) {
        return new Interval(v, Double.NaN, Double.NaN, 1);
    }

    private static void line(StringBuilder sb, String head, String line, Interval v) {
        sb.append(head).append(',').append(line).append(',').append(Formats.csv(v.mean())).append(',')
                .append(Formats.csv(v.low())).append(',').append(Formats.csv(v.high())).append('\n');
    }

    /**
     * The appraisal and rows of one variant's business case.
     *
     * @param baseline the baseline, whose appraisal (horizon, discount, realised share) both runs share
     */
    public static BusinessCaseSection json(ScenarioParams baseline, ScenarioParams variant,
                                           List<BusinessCaseRow> rows) {
        Appraisal appraisal = Appraisal.of(baseline);
        return new BusinessCaseSection(appraisal.horizonYears(), appraisal.months(), appraisal.discountRate(),
                appraisal.agentHourSavingRealised(), variant.costs().agentHourGbp(), baseline.costs().agentHourGbp(),
                variant.days(), Clock.years(variant.days()), books(LeverScope.of(baseline, variant)),
                rows.stream().map(BusinessCaseTables::row).toList());
    }

    private static BusinessCaseSection.Books books(LeverScope scope) {
        return new BusinessCaseSection.Books(scope.perspective(), scope.name());
    }

    private static BusinessCaseSection.Row row(BusinessCaseRow r) {
        Map<String, double[]> cis = new LinkedHashMap<>();
        for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
            cis.put(l.key(), ci(r.lines().get(l)));
        }
        return new BusinessCaseSection.Row(r.perspective().key(), r.name(), r.sector().isEmpty() ? null : r.sector(),
                r.line(Line.MARGIN_RETAINED), r.line(Line.MARGIN_FROM_RIVALS), r.line(Line.ACQUISITION_SPEND_SAVED),
                r.line(Line.SERVICE_COST_SAVED), r.line(Line.PUTTING_RIGHT_SAVED), r.line(Line.LOST_SALES_MARGIN_SAVED),
                r.line(Line.INVESTMENT_PER_YEAR), r.investmentOneOffGbp(), r.netBenefit().mean(), ci(r.netBenefit()),
                r.npv().mean(), ci(r.npv()), r.roi() == null ? null : r.roi().mean(),
                r.roi() == null ? null : ci(r.roi()), r.paybackMonths(),
                Arrays.asList(r.paybackMonthsSoonest(), r.paybackMonthsLatest()), r.terminalValue().mean(),
                ci(r.terminalValue()), r.netBenefitByYear(), r.cumulativeByMonth(), cis);
    }

    /** The volume and rate effects of one variant, UK and by sector. */
    public static List<VolumeRateRow> json(List<VolumeSplit> splits) {
        return splits.stream().map(s -> new VolumeRateRow(s.perspective(), s.name(), s.volume().key(), s.baseline(),
                s.variant(), s.change().mean(), ci(s.change()), s.volumeEffect().mean(), ci(s.volumeEffect()),
                s.rateEffect().mean(), ci(s.rateEffect()), s.baselineRate(), s.variantRate(),
                s.rateChangePct().mean(), ci(s.rateChangePct()))).toList();
    }

    private static double[] ci(Interval i) {
        return new double[]{i.low(), i.high()};
    }
}
