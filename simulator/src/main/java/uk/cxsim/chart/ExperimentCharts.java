package uk.cxsim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

import uk.cxsim.model.Driver;
import uk.cxsim.results.ComparisonFile;

/** Charts of experiments: what-if savings, sensitivity tornado, sweep response curves. */
public final class ExperimentCharts {
    /** A what-if's saving on one figure: mean and 95% interval (GBP a year). */
    public record Saving(String variant, double mean, double low, double high) {
    }

    /** One parameter's importance for one output, with its interval. */
    public record Importance(String parameter, double value, double low, double high) {
    }

    private ExperimentCharts() {
    }

    /**
     * GBP saved a year by each variant, with 95% CI error bars. Levers keep the comparison's order and each its
     * colour ({@link Palette#series} by its place), as in every chart of the comparison.
     */
    public static CategoryChart whatIf(List<Saving> savings, String figure, ChartContext c) {
        String label = label(figure);
        // GBP bn once a bar or its interval reaches a billion, else GBP m, so small savings get readable ticks
        GbpScale scale = GbpScale.of(savings.stream().mapToDouble(s -> Math.max(Math.abs(s.low()),
                Math.abs(s.high()))).filter(Double::isFinite).max().orElse(0));
        double unit = scale.divisor();
        CategoryChart chart = RunCharts.bars("What each lever saves a year: " + label.toLowerCase(java.util.Locale.UK),
                "What-if scenario", label + " saved (" + scale.name() + " a year; below zero: costs more)", c);
        List<String> names = savings.stream().map(Saving::variant).toList();
        int k = 0;
        for (Saving s : savings) {
            RunCharts.oneBar(chart, s.variant(), names, s.variant(), s.mean() / unit, (s.high() - s.low()) / 2 / unit,
                    c).setFillColor(Palette.series(k++));
        }
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern(scale.billions() ? "#0.0" : "#,##0");
        return chart;
    }

    /**
     * A tornado: parameters as horizontal bars, most influential at the top, with bootstrap 95% intervals. GBP
     * outputs are shown in GBP bn.
     */
    public static XYChart tornado(List<Importance> importances, String output, String index, ChartContext c) {
        List<Importance> order = new ArrayList<>(importances);
        order.sort(Comparator.comparingDouble((Importance i) -> Math.abs(i.value())));
        boolean gbp = output.endsWith("Gbp") && index.startsWith("mu");
        double unit = gbp ? 1e9 : 1;
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("What matters most for " + (label(output).equals(output) ? output
                        : label(output).toLowerCase(java.util.Locale.UK)))
                .xAxisTitle(indexTitle(index) + (gbp ? ", GBP bn a year" : "")).yAxisTitle("").build();
        ChartStyle.apply(chart, c);
        int n = order.size();
        float width = Math.max(6f, 260f / n);
        for (int k = 0; k < n; k++) {
            Importance i = order.get(k);
            XYSeries bar = chart.addSeries(i.parameter(), new double[]{0, i.value() / unit}, new double[]{k, k});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(Palette.series(0));
            bar.setLineStyle(new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_BUTT,
                    java.awt.BasicStroke.JOIN_MITER));
            if (!Double.isNaN(i.low())) {
                XYSeries ci = chart.addSeries(i.parameter() + " 95% CI", new double[]{i.low() / unit,
                        i.high() / unit}, new double[]{k, k});
                ci.setMarker(SeriesMarkers.NONE);
                ci.setLineColor(new java.awt.Color(0x333333));
                ci.setLineStyle(new java.awt.BasicStroke(2f));
            }
        }
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(-0.6);
        chart.getStyler().setYAxisMax(n - 0.2);
        double low = Math.min(0, order.stream().mapToDouble(i -> Double.isNaN(i.low()) ? i.value() : i.low()).min()
                .orElse(0) / unit);
        double high = order.stream().mapToDouble(i -> Double.isNaN(i.high()) ? i.value() : i.high()).max()
                .orElse(1) / unit;
        chart.getStyler().setXAxisMin(low);
        chart.getStyler().setXAxisDecimalPattern("#0.00");
        chart.getStyler().setYAxisTicksVisible(false);
        // the parameter's name just above its bar (XChart has no horizontal bar chart with category labels)
        for (int k = 0; k < n; k++) {
            chart.addAnnotation(new org.knowm.xchart.AnnotationText(order.get(k).parameter(), low + (high - low) / 2,
                    k + 0.42, false));
        }
        chart.getStyler().setAnnotationTextFont(new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, 14));
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        return chart;
    }

    /** Words for a figure's name. */
    public static String label(String figure) {
        return switch (figure) {
            case "costOfPoorServiceGbp" -> "Cost of poor service";
            case "failureDemandGbp" -> "Failure demand";
            case "acquisitionCostGbp" -> "Acquisition cost";
            case "lostSalesGbp" -> "Lost sales";
            case "leaveReasonShares.treatment" -> "Share of leavers lost to treatment";
            case "relationshipsLostToTreatment" -> "Relationships lost to treatment";
            default -> figure;
        };
    }

    private static String indexTitle(String index) {
        return switch (index) {
            case "mu*" -> "Morris mu*: mean absolute effect of moving across the parameter's range";
            case "ST" -> "Sobol total index (share of output variance, interactions included)";
            case "S1" -> "Sobol first-order index (share of output variance)";
            default -> index;
        };
    }

    /**
     * How an output responds to a swept parameter: mean over replications at each value, one line per value of a
     * second parameter if there is one.
     */
    public static XYChart sweepResponse(Table sweep, String parameter, String other, String output, String unit,
                                        double divisor, ChartContext c) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(label(output) + " as " + parameter + " varies").xAxisTitle(parameter)
                .yAxisTitle(label(output) + " (" + unit + ")").build();
        ChartStyle.apply(chart, c);
        Map<Double, TreeMap<Double, double[]>> lines = new TreeMap<>();
        for (int r = 0; r < sweep.rowCount(); r++) {
            double x = sweep.numberColumn(parameter).getDouble(r);
            double group = other == null ? 0 : sweep.numberColumn(other).getDouble(r);
            double y = sweep.numberColumn(output).getDouble(r) / divisor;
            double[] acc = lines.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(x, v -> new double[3]);
            acc[0] += y;
            acc[1] += y * y;
            acc[2]++;
        }
        int k = 0;
        for (Map.Entry<Double, TreeMap<Double, double[]>> line : lines.entrySet()) {
            List<Double> xs = new ArrayList<>(line.getValue().keySet());
            List<Double> ys = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            boolean spread = false;
            for (double[] a : line.getValue().values()) {
                double mean = a[0] / a[2];
                ys.add(mean);
                double sd = a[2] > 1 ? Math.sqrt(Math.max(0, (a[1] - a[2] * mean * mean) / (a[2] - 1))) : 0;
                double t = a[2] > 1 ? new org.apache.commons.math3.distribution.TDistribution(a[2] - 1)
                        .inverseCumulativeProbability(0.975) : 0;
                err.add(t * sd / Math.sqrt(a[2]));
                spread |= a[2] > 1;
            }
            String name = other == null ? output : other + " = " + trim(line.getKey());
            XYSeries s = spread ? chart.addSeries(name, xs, ys, err) : chart.addSeries(name, xs, ys);
            s.setLineColor(Palette.series(k));
            s.setMarkerColor(Palette.series(k));
            k++;
        }
        chart.getStyler().setLegendVisible(other != null);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return chart;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The most what-ifs whose driver changes fit side by side in one chart. */
    public static final int MAX_DRIVER_VARIANTS = 4;

    /**
     * How each what-if changes the relationships lost to treatment a year, driver by driver (the misery that
     * weighed most with each leaver), with the paired 95% intervals; drivers in the baseline's order of size.
     */
    public static CategoryChart drivers(ComparisonFile comparison, ChartContext c) {
        Map<Driver, Map<String, ComparisonFile.Figure>> rows = new java.util.EnumMap<>(Driver.class);
        for (Driver d : Driver.values()) {
            rows.put(d, comparison.headlineRows("treatmentLeaversByDriver." + d.key()));
        }
        // counted in thousands, or in millions once the bars or their intervals reach a million
        double reach = rows.values().stream().flatMap(m -> m.values().stream()).mapToDouble(r -> Math.max(
                Math.abs(r.differenceCi95Low()), Math.abs(r.differenceCi95High()))).filter(Double::isFinite)
                .max().orElse(0);
        double unit = reach >= 1e6 ? 1e6 : 1e3;
        CategoryChart chart = RunCharts.bars("What each lever changes: treatment leavers by driver",
                "Largest source of frustration (baseline order)", "Change in relationships lost a year ("
                        + (unit == 1e6 ? "millions" : "thousands") + "; below zero: fewer leave)", c);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setLegendVisible(true);
        List<Driver> order = new ArrayList<>(rows.keySet());
        // every variant's row repeats the baseline
        order.sort(Comparator.comparingDouble((Driver d) -> -rows.get(d).values().stream()
                .mapToDouble(ComparisonFile.Figure::baseline).findFirst().orElse(0)));
        List<String> labels = order.stream().map(Driver::label).toList();
        Map<String, List<Double>> change = new LinkedHashMap<>();
        Map<String, List<Double>> half = new LinkedHashMap<>();
        for (Driver d : order) {
            rows.get(d).forEach((v, row) -> {
                change.computeIfAbsent(v, k -> new ArrayList<>()).add(row.difference() / unit);
                half.computeIfAbsent(v, k -> new ArrayList<>()).add((row.differenceCi95High()
                        - row.differenceCi95Low()) / 2 / unit);
            });
        }
        int k = 0;
        for (String v : change.keySet()) {
            chart.addSeries(v, labels, change.get(v), half.get(v)).setFillColor(Palette.series(k++));
        }
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern(unit == 1e6 ? "#,##0.0" : "#,##0");
        return chart;
    }

    /** Each variant's saving on one figure (baseline minus variant), with its paired 95% interval. */
    public static Map<String, Saving> savings(ComparisonFile comparison, String figure) {
        Map<String, Saving> out = new LinkedHashMap<>();
        comparison.headlineRows(figure).forEach((name, row) -> out.put(name, new Saving(name, -row.difference(),
                -row.differenceCi95High(), -row.differenceCi95Low())));
        return out;
    }
}
