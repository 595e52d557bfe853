package uk.cxsim.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of an ensemble calibration: where in a pair of parameters the points that fit lie. */
public final class EnsembleCharts {
    /** Points of one pair of parameters, split by verdict; each array holds {x, y}. */
    public record PairPoints(List<double[]> ruledOut, List<double[]> plausible, List<double[]> members) {
    }

    private EnsembleCharts() {
    }

    /**
     * A scatter of two parameters: ruled-out points in grey, plausible ones (implausibility at most 3) in light blue,
     * members (plausible and passing every check) in dark blue.
     *
     * @param correlation the correlation between the two across {@code across} (the members, say), under the axis
     */
    public static XYChart pair(String xKey, String yKey, PairPoints points, double correlation, String across,
                               ChartContext c) {
        String pair = shortKey(yKey) + " against " + shortKey(xKey);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(pair.length() > 60 ? pair : "Which values fit: " + pair)
                .xAxisTitle(String.format(Locale.UK, "%s   (r = %.2f across the %s)", xKey, correlation, across))
                .yAxisTitle(yKey).build();
        ChartStyle.apply(chart, c);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        add(chart, "ruled out (" + points.ruledOut().size() + ")", points.ruledOut(), new Color(0xBBBBBB));
        add(chart, "plausible, a check fails (" + points.plausible().size() + ")", points.plausible(),
                new Color(0x9ECAE1));
        add(chart, "members (" + points.members().size() + ")", points.members(), new Color(0x08519C));
        return chart;
    }

    private static void add(XYChart chart, String name, List<double[]> xy, Color colour) {
        if (xy.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray());
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour);
    }

    /** The last part of a dotted key (the misery weight's driver, the parameter's own name). */
    static String shortKey(String key) {
        int dot = key.lastIndexOf('.');
        return dot >= 0 ? key.substring(dot + 1) : key;
    }
}
