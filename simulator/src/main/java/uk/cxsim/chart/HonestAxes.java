package uk.cxsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Iterator;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * A bar chart's value axis made honest before it is drawn: it always holds zero, the bars and their error bars, runs
 * between round numbers so its ticks are round (never -1.0 / 0.3 / 1.5, never one lone tick), and, where it spans
 * both signs, draws zero as a line a reader cannot miss. A chart whose axis was set by hand is left as it is.
 */
final class HonestAxes {
    /** About this many ticks on the axis. */
    private static final int TICKS = 6;
    private static final Color ZERO = new Color(0x333333);

    private HonestAxes() {
    }

    /** Sets the axis; returns whether zero was drawn as a line (the axis spans both signs). */
    static boolean apply(CategoryChart chart) {
        if (chart.getStyler().getYAxisMin() != null || chart.getStyler().getYAxisMax() != null) {
            return false;
        }
        double low = 0;
        double high = 0;
        for (CategorySeries s : chart.getSeriesMap().values()) {
            Iterator<? extends Number> y = s.getYData().iterator();
            Iterator<? extends Number> e = s.getExtraValues() == null ? null : s.getExtraValues().iterator();
            while (y.hasNext()) {
                Number v = y.next();
                Number half = e != null && e.hasNext() ? e.next() : null;
                if (v == null || !Double.isFinite(v.doubleValue())) {
                    continue;
                }
                double h = half == null || !Double.isFinite(half.doubleValue()) ? 0 : Math.abs(half.doubleValue());
                low = Math.min(low, v.doubleValue() - h);
                high = Math.max(high, v.doubleValue() + h);
            }
        }
        double[] range = range(low, high);
        chart.getStyler().setYAxisMin(range[0]);
        chart.getStyler().setYAxisMax(range[1]);
        if (range[0] < 0 && range[1] > 0) {
            chart.getStyler().setAnnotationLineColor(ZERO);
            chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f));
            chart.addAnnotation(new AnnotationLine(0, false, false));
            return true;
        }
        return false;
    }

    /**
     * The axis's ends: the data's range with zero, widened to multiples of a round step (1, 2, 2.5 or 5 times a power
     * of ten) giving about {@value #TICKS} ticks; [0, 1] when every value is zero.
     */
    static double[] range(double low, double high) {
        if (!(high > low)) {
            return new double[]{0, 1};
        }
        double step = step((high - low) / TICKS);
        return new double[]{Math.floor(low / step) * step, Math.ceil(high / step) * step};
    }

    /** The round step at or above {@code raw}. */
    static double step(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
