package uk.cxsim.chart;

import static uk.cxsim.chart.BusinessCaseRows.interval;
import static uk.cxsim.chart.BusinessCaseRows.orZero;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.output.Formats;
import uk.cxsim.results.BusinessCaseSection.Row;
import uk.cxsim.results.RangesSection;

/**
 * The board's view of a comparison: a waterfall per lever and perspective (each profit line, signed as its effect on
 * the payer's profit, through to the net benefit, then the one-off investment) and the payback of every lever over the
 * months appraised. Rows are the business-case rows of comparison.json.
 */
public final class BusinessCaseCharts {
    /** One step of a waterfall: a change, or a total drawn from zero. */
    record Step(String label, double value, boolean total) {
    }

    /** A profit line of a business-case row and its label on the waterfall. */
    private record Labelled(Line line, String label) {
    }

    /** The profit lines of a business-case row, in waterfall order. */
    private static final List<Labelled> LINES = List.of(
            new Labelled(Line.MARGIN_RETAINED, "Margin on customers kept"),
            new Labelled(Line.MARGIN_FROM_RIVALS, "Margin won from rivals"),
            new Labelled(Line.ACQUISITION_SPEND_SAVED, "Acquisition spend saved"),
            new Labelled(Line.SERVICE_COST_SAVED, "Service cost saved"),
            new Labelled(Line.PUTTING_RIGHT_SAVED, "Putting right saved"),
            new Labelled(Line.LOST_SALES_MARGIN_SAVED, "Lost-sales margin saved"),
            new Labelled(Line.INVESTMENT_PER_YEAR, "Running cost"));

    /**
     * A lever's mean cumulative net benefit at the end of each month appraised (the one-off paid at month 0), for the
     * payback chart, and the payback's range at the ends of each month's 95% interval ({@code soonest},
     * {@code latest}: null when not within the months; both null when there is no range).
     */
    public record Payback(String lever, String books, double oneOffGbp, double[] cumulativeByMonth, int colour,
                          Double soonest, Double latest) {
    }

    private static final Color MASK = Color.WHITE;
    private static final Color TOTAL = new Color(0x2E4A7D);

    private BusinessCaseCharts() {
    }

    /** The waterfall of one business-case row of one lever. */
    public static CategoryChart waterfall(String lever, Row row, ChartContext c) {
        List<Step> steps = steps(row);
        double max = steps.stream().mapToDouble(s -> Math.abs(s.value())).max().orElse(1);
        GbpScale scale = GbpScale.of(max);
        double unit = scale.divisor();
        String unitName = scale.name();
        double[] ci = interval(row.netBenefitCi95());
        CategoryChart chart = RunCharts.bars(waterfallTitle(lever, row), summary(row, ci, c),
                unitName + " a year (one-off: once)", c);
        List<String> labels = steps.stream().map(Step::label).toList();
        double running = 0;
        int k = 0;
        for (Step s : steps) {
            double from = s.total() ? 0 : running;
            double to = s.total() ? s.value() : running + s.value();
            Color colour = s.total() ? TOTAL : s.value() >= 0 ? Palette.SAVING : Palette.LOSS;
            double halfWidth = s.label().startsWith("Net benefit") && c.replications() > 1
                    ? (ci[1] - ci[0]) / 2 / unit : 0;
            floating(chart, k++, labels, s.label(), from / unit, to / unit, colour, halfWidth);
            running = to;
        }
        chart.getStyler().setXAxisLabelRotation(25);
        chart.getStyler().setYAxisDecimalPattern(scale.billions() ? "#0.00" : "#,##0");
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        return chart;
    }

    /** The title of a lever's waterfall on one row's books: the lever's name and whose books it reads. */
    public static String waterfallTitle(String lever, Row row) {
        return "Business case of " + lever + ": " + books(row);
    }

    /**
     * Cumulative net benefit month by month after the one-off: where a line crosses zero, it has paid back. Each
     * payback's 95% range is said in words ({@link #paybackRanges}): drawn as bands on the zero line, the levers'
     * ranges hid one another.
     */
    public static XYChart payback(List<Payback> levers, ChartContext c) {
        double max = 0;
        int months = 1;
        for (Payback p : levers) {
            max = Math.max(max, Math.abs(p.oneOffGbp()));
            months = Math.max(months, p.cumulativeByMonth().length);
            for (double v : p.cumulativeByMonth()) {
                max = Math.max(max, Math.abs(v));
            }
        }
        GbpScale scale = GbpScale.of(max);
        double unit = scale.divisor();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Payback: cumulative net benefit after the one-off investment")
                .xAxisTitle("Months from the start (simulated)").yAxisTitle(scale.name()
                        + " (undiscounted; below zero: not yet repaid)").build();
        ChartStyle.apply(chart, c);
        for (Payback p : levers) {
            double[] cumulative = p.cumulativeByMonth();
            double[] x = new double[cumulative.length + 1];
            double[] y = new double[cumulative.length + 1];
            y[0] = -p.oneOffGbp() / unit;
            for (int m = 0; m < cumulative.length; m++) {
                x[m + 1] = m + 1;
                y[m + 1] = cumulative[m] / unit;
            }
            XYSeries s = chart.addSeries(p.lever() + " (" + p.books() + ")", x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.series(p.colour()));
            s.setLineWidth(2.5f);
            s.setLineStyle(new java.awt.BasicStroke(2.5f));
        }
        XYSeries zero = chart.addSeries("repaid (zero)", new double[]{0, months}, new double[]{0, 0});
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(new Color(0x555555));
        zero.setLineWidth(1f);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setYAxisDecimalPattern(scale.billions() ? "#0.0" : "#,##0");
        chart.getStyler().setXAxisDecimalPattern("#0");
        return chart;
    }

    /** Each lever's payback range in words, for the chart's caption: "lever: months 2 to 7"; empty if none has one. */
    public static String paybackRanges(List<Payback> levers) {
        List<String> out = new ArrayList<>();
        for (Payback p : levers) {
            if (p.soonest() != null) {
                out.add(p.lever() + ": " + month(p.soonest()) + " to " + (p.latest() == null
                        ? "beyond the months simulated" : month(p.latest())));
            }
        }
        return out.isEmpty() ? "" : "Payback at the ends of the net's 95% interval: " + String.join("; ", out) + ".";
    }

    private static String month(double m) {
        return m < 1 ? "at once" : String.format(java.util.Locale.UK, "month %.0f", m);
    }

    /** Whose books a row reads, in words. */
    public static String books(Row row) {
        return books(row.perspective(), row.name());
    }

    /** Whose books a lever's ranges read, in words. */
    public static String books(RangesSection ranges) {
        return books(ranges.perspective(), ranges.name());
    }

    private static String books(String perspective, String name) {
        return switch (String.valueOf(perspective)) {
            case "supplier" -> name + "'s own books";
            case "sector" -> "the " + name + " sector's books";
            default -> "the UK's books (every supplier)";
        };
    }

    /** Each profit line, the net a year, the one-off (negative) and the first year with the one-off paid. */
    static List<Step> steps(Row row) {
        double net = orZero(row.netBenefitGbpPerYear());
        double oneOff = orZero(row.investmentOneOffGbp());
        List<Step> steps = new ArrayList<>();
        for (Labelled line : LINES) {
            steps.add(new Step(line.label(), orZero(row.line(line.line())), false));
        }
        steps.add(new Step("Net benefit a year", net, true));
        steps.add(new Step("One-off investment", oneOff, false));
        steps.add(new Step("First year, one-off paid", net + oneOff, true));
        return steps;
    }

    /**
     * A bar from {@code from} to {@code to}: overlapped bars drawn from zero, the part nearer zero masked in the
     * background colour when both ends lie on the same side.
     */
    private static void floating(CategoryChart chart, int k, List<String> labels, String label, double from, double to,
                                 Color colour, double halfWidth) {
        double low = Math.min(from, to);
        double high = Math.max(from, to);
        if (low >= 0 || high <= 0) {
            double far = low >= 0 ? high : low;
            double near = low >= 0 ? low : high;
            bar(chart, k + " bar", labels, label, far, halfWidth, colour);
            if (near != 0) {
                bar(chart, k + " mask", labels, label, near, 0, MASK);
            }
        } else {
            bar(chart, k + " up", labels, label, high, halfWidth, colour);
            bar(chart, k + " down", labels, label, low, 0, colour);
        }
    }

    /** One bar at one category; error bars only where there is an interval to show. */
    private static void bar(CategoryChart chart, String name, List<String> labels, String label, double value,
                            double halfWidth, Color colour) {
        List<Double> y = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        for (String l : labels) {
            y.add(l.equals(label) ? value : 0.0);
            e.add(l.equals(label) ? halfWidth : 0.0);
        }
        CategorySeries s = halfWidth > 0 ? chart.addSeries(name, labels, y, e) : chart.addSeries(name, labels, y);
        s.setFillColor(colour);
        s.setLineColor(colour);
    }

    /** The net benefit with its interval, the one-off and the payback, in words under the bars. */
    private static String summary(Row row, double[] ci, ChartContext c) {
        double net = orZero(row.netBenefitGbpPerYear());
        String text = "Net benefit " + Formats.gbp(net) + " a year";
        if (c.replications() > 1) {
            text += " (" + Formats.plusMinus(Formats.gbp((ci[1] - ci[0]) / 2)) + ", 95% CI)";
        }
        double oneOff = orZero(row.investmentOneOffGbp());
        if (oneOff != 0) {
            text += "; one-off " + Formats.gbp(oneOff);
        }
        Double payback = row.paybackMonths();
        text += payback != null ? (payback < 1 ? "; pays at once"
                : String.format(Locale.UK, "; pays back in month %.0f", payback))
                : "; does not pay back in the months simulated";
        return text;
    }
}
