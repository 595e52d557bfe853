package uk.cxsim.report;

import static uk.cxsim.chart.BusinessCaseRows.interval;
import static uk.cxsim.chart.BusinessCaseRows.orZero;
import static uk.cxsim.report.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.chart.BusinessCaseRows;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.model.Clock;
import uk.cxsim.output.Formats;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.BusinessCaseSection.Row;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RangesSection;
import uk.cxsim.results.VolumeRateRow;

/**
 * The business case of each lever in plain words, then its lines per perspective, then what moved the volumes.
 * Only what the 95% intervals support is claimed: a net benefit whose interval spans zero is said to be unknown.
 */
final class BusinessCaseSections {
    /** A line of a lever's table: its label, a row's value and the value's 95% interval. */
    private record TableLine(String label, ToDoubleFunction<Row> value, Function<Row, double[]> ci) {
        /** A profit line, with its interval from the row's {@code ci95}. */
        static TableLine of(Line line, String label) {
            return new TableLine(label, r -> r.line(line), r -> r.ci95() == null ? null : r.ci95().get(line.key()));
        }
    }

    private static final List<TableLine> LINES = List.of(
            TableLine.of(Line.MARGIN_RETAINED, "Margin on customers kept"),
            TableLine.of(Line.MARGIN_FROM_RIVALS, "Margin on customers won from rivals"),
            TableLine.of(Line.ACQUISITION_SPEND_SAVED, "Acquisition spend saved"),
            TableLine.of(Line.SERVICE_COST_SAVED, "Service cost saved (agent hours and contacts)"),
            TableLine.of(Line.PUTTING_RIGHT_SAVED, "Cost of putting right saved (complaints)"),
            TableLine.of(Line.LOST_SALES_MARGIN_SAVED, "Margin on lost sales saved"),
            TableLine.of(Line.INVESTMENT_PER_YEAR, "Running cost of the change"),
            new TableLine("Net benefit a year", Row::netBenefitGbpPerYear, Row::netBenefitCi95));

    private BusinessCaseSections() {
    }

    /** The opening section: one sentence per lever, on the books of whoever pays for it. */
    static String opening(ComparisonFile comparison) {
        Map<String, BusinessCaseSection> cases = comparison.businessCase();
        if (cases == null || cases.isEmpty()) {
            return "";
        }
        BusinessCaseSection any = cases.values().iterator().next();
        StringBuilder sb = new StringBuilder("<section><h2>The business case</h2>\n");
        sb.append("<p>Figures are profit, not revenue: GBP a year at UK scale, measured over ").append(esc(years(any)))
                .append(" after the equilibrium start and warm-up, and paired with the baseline replication by "
                        + "replication (95% intervals). Each figure is signed as its effect on the profit of whoever's "
                        + "books it reads: a cost is negative. The net present value and the payback count the ")
                .append(esc(any.monthsAppraised())).append(" months simulated (of a ")
                .append(esc(any.horizonYears())).append("-year horizon) at ")
                .append(esc(Formats.percent(any.discountRate())))
                .append("; customers still held after them are valued apart (terminal value). An agent hour costs ")
                .append(esc(Formats.gbp(any.agentHourGbp()))).append(", and ")
                .append(esc(Formats.percent(orZero(any.agentHourSavingRealised()))))
                .append(" of a fall in agent hours counts as saved. docs/business-case.md gives every line's formula "
                        + "and where each price comes from.</p>\n<ul>\n");
        cases.forEach((lever, bc) -> sb.append("<li>").append(sentence(comparison.label(lever), bc))
                .append("</li>\n"));
        sb.append("</ul>\n");
        Map<String, RangesSection> ranges = comparison.ranges();
        cases.forEach((lever, bc) -> {
            sb.append(table(comparison.label(lever), bc));
            if (ranges != null && ranges.containsKey(lever)) {
                sb.append(ranges(comparison.label(lever), ranges.get(lever)));
            }
        });
        return sb.append("</section>\n").toString();
    }

    /**
     * What moves the lever's case: each assumption it states with a range, its ends, the net a year and NPV at
     * each (on the payer's books), and the value at which it stops paying back, widest swing first.
     */
    private static String ranges(String lever, RangesSection r) {
        StringBuilder sb = new StringBuilder("<h4>What moves the case of ").append(esc(lever)).append(" (on ")
                .append(esc(BusinessCaseCharts.books(r))).append("; as stated: ")
                .append(esc(Formats.gbp(orZero(r.netBenefitGbpPerYear())))).append(" a year, NPV ")
                .append(esc(Formats.gbp(orZero(r.npvGbp())))).append(")</h4>\n<table>\n");
        sb.append(Html.header("Assumption", "Where the range comes from", "Low to high", "Net a year at low",
                "at high", "NPV at low", "at high", "Stops paying back at"));
        for (RangesSection.Row row : r.rows()) {
            RangesSection.End low = row.low();
            RangesSection.End high = row.high();
            String key = row.key();
            double lowNpv = orZero(low.npvGbp());
            double highNpv = orZero(high.npvGbp());
            String stops = row.npvZeroAt() != null ? Formats.setting(key, row.npvZeroAt())
                    : lowNpv >= 0 && highNpv >= 0 ? "pays back across the range"
                    : lowNpv < 0 && highNpv < 0 ? "does not pay back in the range" : "";
            sb.append(Html.row(esc(row.label()) + "<br><span class=\"ci\">" + esc(key) + "</span>",
                    esc(row.why()), esc(Formats.setting(key, orZero(low.value())) + " to "
                            + Formats.setting(key, orZero(high.value()))),
                    esc(Formats.gbp(orZero(low.netBenefitGbpPerYear()))),
                    esc(Formats.gbp(orZero(high.netBenefitGbpPerYear()))), esc(Formats.gbp(lowNpv)),
                    esc(Formats.gbp(highNpv)), esc(stops)));
        }
        return sb.append("</table>\n").toString();
    }

    /** "lever: on X's books it costs a once and b a year, returns c a year net (95% CI) and pays back in n months." */
    static String sentence(String lever, BusinessCaseSection bc) {
        Row payer = bc.payer();
        double oneOff = -orZero(payer.investmentOneOffGbp());
        double perYear = -orZero(payer.investmentPerYearGbp());
        double net = orZero(payer.netBenefitGbpPerYear());
        double[] ci = interval(payer.netBenefitCi95());
        StringBuilder sb = new StringBuilder("<b>").append(esc(lever)).append("</b>, on ")
                .append(esc(BusinessCaseCharts.books(payer))).append(": ");
        if (oneOff == 0 && perYear == 0) {
            sb.append("no investment is stated");
        } else {
            sb.append("costs ").append(esc(Formats.gbp(oneOff))).append(" once and ")
                    .append(esc(Formats.gbp(perYear))).append(" a year");
        }
        String range = interval95(ci);
        if (ci[0] > 0) {
            sb.append(", returns <b>").append(esc(Formats.gbp(net))).append(" a year net</b>").append(esc(range));
            Double payback = payer.paybackMonths();
            String when = PlainWords.paybackRange(payer);
            sb.append(payback != null ? (payback < 1 ? " and pays at once"
                    : String.format(Locale.UK, " and pays back in month %.0f", payback))
                    : " but does not pay back in the months simulated");
            sb.append(esc(when.isEmpty() ? "" : " (" + when + " at the ends of the cumulative net's 95% interval)"));
            sb.append("; net present value ").append(esc(Formats.gbp(orZero(payer.npvGbp()))));
            if (payer.roi() != null) {
                sb.append(", return on investment ").append(esc(Formats.percent(payer.roi())));
            }
            sb.append(", and the customers it still holds at the end are worth ")
                    .append(esc(Formats.gbp(orZero(payer.terminalValueGbp())))).append(" more (terminal value)");
        } else if (ci[1] < 0) {
            sb.append(", <b>loses ").append(esc(Formats.gbp(-net))).append(" a year net</b>").append(esc(range))
                    .append(" and does not pay back");
        } else {
            sb.append("; its net return (").append(esc(Formats.gbp(net))).append(" a year").append(esc(range))
                    .append(") cannot be told from zero at this size: run more replications or customers before "
                            + "deciding");
        }
        if ("supplier".equals(payer.perspective())) {
            sb.append(rivals(payer, bc));
        }
        return sb.append('.').toString();
    }

    /** For a single supplier: what its sector nets, the difference being its rivals' loss. */
    private static String rivals(Row supplier, BusinessCaseSection bc) {
        for (Row r : BusinessCaseRows.perspectives(bc)) {
            if ("sector".equals(r.perspective())) {
                double sector = orZero(r.netBenefitGbpPerYear());
                double[] ci = interval(r.netBenefitCi95());
                double rivals = sector - orZero(supplier.netBenefitGbpPerYear());
                return ". Its rivals " + (rivals < 0 ? "lose " : "gain ") + esc(Formats.gbp(Math.abs(rivals)))
                        + " a year, so the "
                        + esc(r.name()) + " sector as a whole nets " + esc(Formats.gbp(sector) + interval95(ci));
            }
        }
        return "";
    }

    /** A GBP interval after its figure in a sentence: " (+/- GBP 7.2m, 95% CI)". */
    private static String interval95(double[] ci) {
        return " (" + Formats.plusMinus(Formats.gbp((ci[1] - ci[0]) / 2)) + ", 95% CI)";
    }

    private static String table(String lever, BusinessCaseSection bc) {
        List<Row> rows = BusinessCaseRows.perspectives(bc);
        StringBuilder sb = new StringBuilder("<h3>").append(esc(lever)).append("</h3>\n<table>\n<tr><th>Line (GBP a "
                + "year)</th>");
        for (Row r : rows) {
            sb.append("<th>").append(esc(BusinessCaseCharts.books(r))).append("</th>");
        }
        sb.append("</tr>\n");
        for (TableLine line : LINES) {
            sb.append("<tr><td>").append(esc(line.label())).append("</td>");
            for (Row r : rows) {
                sb.append("<td>").append(cell(line.value().applyAsDouble(r), line.ci().apply(r))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("<tr><td>One-off investment</td>");
        for (Row r : rows) {
            sb.append("<td>").append(esc(Formats.gbp(orZero(r.investmentOneOffGbp())))).append("</td>");
        }
        sb.append("</tr>\n<tr><td>Net present value</td>");
        for (Row r : rows) {
            sb.append("<td>").append(cell(r.npvGbp(), r.npvCi95())).append("</td>");
        }
        sb.append("</tr>\n<tr><td>Return on investment</td>");
        for (Row r : rows) {
            sb.append("<td>").append(r.roi() != null ? esc(Formats.percent(r.roi())) : "&ndash;").append("</td>");
        }
        sb.append("</tr>\n<tr><td>Terminal value (apart from the net)</td>");
        for (Row r : rows) {
            sb.append("<td>").append(cell(r.terminalValueGbp(), r.terminalValueCi95())).append("</td>");
        }
        return sb.append("</tr>\n</table>\n").toString();
    }

    /** A figure with its interval's half width, coloured when the interval lies above or below zero. */
    private static String cell(double value, double[] interval) {
        double v = orZero(value);
        double[] ci = interval(interval);
        String cls = ci[0] > 0 ? "good" : ci[1] < 0 ? "bad" : "";
        String half = Double.isNaN(ci[0]) ? "" : " <span class=\"ci\">"
                + esc(Formats.plusMinus(Formats.gbp((ci[1] - ci[0]) / 2))) + "</span>";
        return "<span class=\"" + cls + "\">" + esc(Formats.gbp(v)) + "</span>" + half;
    }

    /**
     * Why contacts and failure demand move: for the UK, each lever's change split into the part from holding more or
     * fewer relationships and the part from each relationship making more or fewer contacts.
     */
    static String volumes(ComparisonFile comparison) {
        Map<String, List<VolumeRateRow>> splits = comparison.volumeAndRate();
        if (splits == null || splits.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section><h2>Why contacts and failure demand move</h2>\n<p>Each change "
                + "a year is split into a <i>volume</i> effect (more or fewer relationships held, at the baseline's "
                + "rate per relationship-year) and a <i>rate</i> effect (each relationship making more or fewer of "
                + "them); the two add up to the change. A lever that keeps customers raises volumes even when every "
                + "relationship makes fewer contacts.</p>\n<table>\n");
        sb.append(Html.header("What-if", "Volume (UK)", "Change a year", "Volume effect", "Rate effect",
                "Rate per relationship-year"));
        splits.forEach((lever, rows) -> {
            for (VolumeRateRow r : rows) {
                if (!"uk".equals(r.perspective())) {
                    continue;
                }
                boolean gbp = String.valueOf(r.volume()).endsWith("Gbp");
                double[] pct = interval(r.rateChangePctCi95());
                sb.append(Html.row(esc(comparison.label(lever)), esc(r.volume()),
                        amount(r.change(), r.changeCi95(), gbp),
                        amount(r.volumeEffect(), r.volumeEffectCi95(), gbp),
                        amount(r.rateEffect(), r.rateEffectCi95(), gbp),
                        esc(Formats.withInterval(Formats.percentChange(orZero(r.rateChangePct())),
                                Formats.points((pct[1] - pct[0]) / 2 / 100)))));
            }
        });
        return sb.append("</table>\n").append(MODEL_NOTE).append("</section>\n").toString();
    }

    /** What the model assumes about how each lever acts on contacts, so a board can judge the rate effects. */
    private static final String MODEL_NOTE = "<p>How the levers act in the model. <b>Customer history (CRM)</b> "
            + "spares the customer repeating themselves and the agent's not knowing them: it changes how a contact "
            + "feels, not whether the agent resolves it, so it does not lower repeats per relationship; the customers "
            + "it keeps are disproportionately those with open issues, who go on calling, so repeats per relationship "
            + "can rise. <b>Empowered staff</b> raise first-contact resolution, so repeats per relationship fall. "
            + "<b>An IVR escape hatch</b> sends trapped callers to agents, so agent contacts rise. <b>Staff cuts and "
            + "rigid rotas</b> make callers hang up and call again, so retries per relationship rise. "
            + "<b>Omnichannel</b> opens channels and carries context across them: fewer switches fail.</p>\n";

    private static String amount(double value, double[] interval, boolean gbp) {
        double v = orZero(value);
        double[] ci = interval(interval);
        String f = gbp ? Formats.gbp(v) : Formats.count(v);
        String h = gbp ? Formats.gbp((ci[1] - ci[0]) / 2) : Formats.count((ci[1] - ci[0]) / 2);
        return esc(f) + " <span class=\"ci\">" + esc(Formats.plusMinus(h)) + "</span>";
    }

    /** "year 1" or "years 1-3" of the measured period. */
    private static String years(BusinessCaseSection bc) {
        double y = orZero(bc.measuredYears());
        int days = bc.measuredDays();
        if (y < 1.5) {
            return days == Clock.daysInYears(1) ? "the first year" : days + " days (annualised)";
        }
        return String.format(Locale.UK, "years 1 to %d (%d days)", Math.round(y), days);
    }
}
