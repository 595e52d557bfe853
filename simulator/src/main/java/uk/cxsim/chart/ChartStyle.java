package uk.cxsim.chart;

import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** One look for every chart: readable fonts, a white background, and the provenance line at the foot. */
final class ChartStyle {
    static final int WIDTH = 1100;
    static final int HEIGHT = 640;
    private static final String FONT = "DejaVu Sans";
    /** Room at the edges, the bottom part of which holds the provenance line. */
    private static final int FOOTER_SPACE = 40;

    private ChartStyle() {
    }

    static void apply(Chart<?, ?> chart, ChartContext context) {
        apply(chart, context.footer());
    }

    /** The same look, with any provenance line (charts of a table rather than of a run). */
    static void apply(Chart<?, ?> chart, String footer) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 20));
        s.setChartTitleBoxVisible(false);
        s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        s.setLegendBorderColor(new Color(0xDDDDDD));
        // a second provenance line (sectors run denser) needs a line's more room below the axis title
        s.setChartPadding(FOOTER_SPACE + 16 * (int) footer.chars().filter(c -> c == '\n').count());
        s.setAnnotationTextPanelFont(new Font(FONT, Font.PLAIN, 12));
        s.setAnnotationTextPanelFontColor(new Color(0x555555));
        s.setAnnotationTextPanelBorderColor(Color.WHITE);
        s.setAnnotationTextPanelBackgroundColor(Color.WHITE);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(FONT, Font.PLAIN, 15));
            a.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
            a.setPlotGridLinesColor(new Color(0xE5E5E5));
            a.setPlotBorderVisible(false);
            a.setAxisTicksLineVisible(false);
        }
        chart.addAnnotation(new AnnotationTextPanel(footer, 4, 2, true));
    }
}
