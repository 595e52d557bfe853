package uk.cxsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Scenario discovery: the coverage/density trade-off along a PRIM trajectory. */
public final class DiscoveryCharts {
    /** One box on the trajectory: its shares (0 to 1) and how many inputs it restricts. */
    public record Point(int step, double coverage, double density, int restricted) {
    }

    private DiscoveryCharts() {
    }

    /** Dashed red guides from both axes to the chosen box, and its step and shares in words beside it. */
    private static void markChosen(XYChart chart, Point p) {
        double x = 100 * p.coverage();
        double y = 100 * p.density();
        XYSeries guide = chart.addSeries("chosen box", new double[]{0, x, x}, new double[]{y, y, 0});
        guide.setMarker(SeriesMarkers.NONE);
        guide.setLineColor(Palette.LOSS);
        guide.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        String text = String.format(Locale.UK, "chosen: step %d, %.0f%% coverage, %.0f%% density", p.step(), x, y);
        chart.addAnnotation(new AnnotationText(text, x < 55 ? x + 27 : x - 27, y > 50 ? y - 7 : y + 7, false));
    }

    /**
     * Each box PRIM peeled or pasted as a point, coverage across and density up (per cent), coloured by how many
     * inputs it restricts, joined in trajectory order and numbered by step; the chosen box marked and labelled.
     */
    public static XYChart tradeoff(List<Point> points, int chosenStep, String title, String footer) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("Coverage: share of all runs of interest inside the box (%)")
                .yAxisTitle("Density: share of the box's runs of interest (%)").build();
        ChartStyle.apply(chart, footer);
        XYSeries path = chart.addSeries("trajectory", points.stream().map(p -> 100 * p.coverage()).toList(),
                points.stream().map(p -> 100 * p.density()).toList());
        path.setMarker(SeriesMarkers.NONE);
        path.setLineColor(new Color(0xBBBBBB));
        path.setLineStyle(new BasicStroke(1.5f));
        path.setShowInLegend(false);
        TreeMap<Integer, List<Point>> byDimensions = new TreeMap<>();
        for (Point p : points) {
            byDimensions.computeIfAbsent(p.restricted(), k -> new java.util.ArrayList<>()).add(p);
        }
        byDimensions.forEach((dims, group) -> {
            XYSeries s = chart.addSeries(dims + (dims == 1 ? " input" : " inputs") + " restricted",
                    group.stream().map(p -> 100 * p.coverage()).toList(),
                    group.stream().map(p -> 100 * p.density()).toList());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.series(dims));
        });
        points.stream().filter(p -> p.step() == chosenStep).findFirst().ifPresent(p -> markChosen(chart, p));
        // step numbers beside the points, so a box can be picked with --box; skipped where they would overlap
        double[] last = {Double.NaN, Double.NaN};
        for (Point p : points) {
            double x = 100 * p.coverage();
            double y = 100 * p.density();
            if (Double.isNaN(last[0]) || Math.hypot(x - last[0], y - last[1]) > 4) {
                chart.addAnnotation(new AnnotationText(Integer.toString(p.step()), x, y + 2.5, false));
                last[0] = x;
                last[1] = y;
            }
        }
        Styler s = chart.getStyler();
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(105.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(108.0);
        chart.getStyler().setXAxisDecimalPattern("#0");
        chart.getStyler().setYAxisDecimalPattern("#0");
        chart.getStyler().setMarkerSize(9);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setAnnotationTextFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 12));
        chart.getStyler().setAnnotationTextFontColor(new Color(0x333333));
        return chart;
    }
}
