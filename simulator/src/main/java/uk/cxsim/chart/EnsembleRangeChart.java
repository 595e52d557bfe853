package uk.cxsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import uk.cxsim.output.Formats;

/**
 * What each lever is worth across an ensemble of parameter sets that all fit the evidence: per lever a bar from the
 * 5th to the 95th percentile of the members' estimates, the median marked, and the share of members in which it
 * pays back beside its name. Levers keep the comparison's order and colours.
 */
public final class EnsembleRangeChart {
    /** One lever's spread over the members (GBP a year) and the share of members where it pays back. */
    public record Range(String variant, double p5, double median, double p95, double paysBackShare) {
    }

    private EnsembleRangeChart() {
    }

    /** Height of a lever's row in pixels once the levers no longer fit the standard height. */
    private static final int ROW_PIXELS = 46;

    public static XYChart of(List<Range> ranges, int members, ChartContext c) {
        int height = Math.max(ChartStyle.HEIGHT, 180 + ROW_PIXELS * ranges.size());
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(height)
                .title("Net benefit to the UK across " + members + " worlds that fit the evidence")
                .xAxisTitle("Net benefit, GBP bn a year (bar: 5-95% of the worlds; diamond: median)")
                .yAxisTitle("").build();
        ChartStyle.apply(chart, c);
        int n = ranges.size();
        double low = 0;
        double high = 0;
        for (Range r : ranges) {
            low = Math.min(low, r.p5() / 1e9);
            high = Math.max(high, r.p95() / 1e9);
        }
        double pad = high > low ? (high - low) * 0.08 : 0.01;
        XYSeries zero = chart.addSeries("zero", new double[]{0, 0}, new double[]{-0.6, n - 0.2});
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(new Color(0x555555));
        zero.setLineStyle(new BasicStroke(1f));
        float width = Math.min(40f, Math.max(8f, 200f / Math.max(1, n)));
        for (int k = 0; k < n; k++) {
            Range r = ranges.get(n - 1 - k);
            Color colour = Palette.series(n - 1 - k);
            XYSeries bar = chart.addSeries(r.variant(), new double[]{r.p5() / 1e9, r.p95() / 1e9},
                    new double[]{k, k});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(colour);
            bar.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            XYSeries median = chart.addSeries(r.variant() + " median", new double[]{r.median() / 1e9},
                    new double[]{k});
            median.setMarker(SeriesMarkers.DIAMOND);
            median.setMarkerColor(Color.BLACK);
            median.setLineStyle(new BasicStroke(0f));
            chart.addAnnotation(new AnnotationText(r.variant() + ": pays back in " + Formats.percent(r.paysBackShare())
                    + " of the worlds", low - pad + (high - low + 2 * pad) / 2, k + 0.42, false));
        }
        chart.getStyler().setAnnotationTextFont(new Font("DejaVu Sans", Font.BOLD, 14));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(-0.6);
        chart.getStyler().setYAxisMax(n - 0.2);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setXAxisMin(low - pad);
        chart.getStyler().setXAxisMax(high + pad);
        chart.getStyler().setXAxisDecimalPattern("#0.00");
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        return chart;
    }
}
