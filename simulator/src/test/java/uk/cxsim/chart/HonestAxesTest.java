package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** A bar chart's value axis runs between round numbers, holds zero and its error bars, and marks zero. */
class HonestAxesTest {
    @Test
    void theAxisRunsBetweenRoundNumbersAroundZeroAndTheErrorBars() {
        // a bar of 0.3 with an interval of +/- 1.2, the case that drew ticks at -1.0, 0.3 and 1.5
        CategoryChart chart = chart(List.of(0.3), List.of(1.2));
        assertTrue(HonestAxes.apply(chart), "zero is drawn as a line");
        assertEquals(-1.0, chart.getStyler().getYAxisMin(), 1e-12);
        assertEquals(1.5, chart.getStyler().getYAxisMax(), 1e-12);
    }

    @Test
    void barsAllNearZeroStillGetAnAxisWithTicks() {
        assertArrayEquals(new double[]{0, 1}, HonestAxes.range(0, 0));
        double[] tiny = HonestAxes.range(-0.004, 0.0);
        assertEquals(-0.004, tiny[0], 1e-12);
        assertEquals(0.0, tiny[1], 1e-12);
    }

    @Test
    void positiveBarsStartAtZeroWithoutAZeroLine() {
        CategoryChart chart = chart(List.of(3.0, 14.2), null);
        assertFalse(HonestAxes.apply(chart), "no zero line on an axis that starts at zero");
        assertEquals(0.0, chart.getStyler().getYAxisMin(), 1e-12);
        assertEquals(15.0, chart.getStyler().getYAxisMax(), 1e-12);
    }

    @Test
    void anAxisSetByHandIsLeftAlone() {
        CategoryChart chart = chart(List.of(3.0), null);
        chart.getStyler().setYAxisMax(100.0);
        assertFalse(HonestAxes.apply(chart));
        assertEquals(100.0, chart.getStyler().getYAxisMax());
        assertEquals(null, chart.getStyler().getYAxisMin());
    }

    @Test
    void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, HonestAxes.step(0.43), 1e-12);
        assertEquals(2.5, HonestAxes.step(2.1), 1e-12);
        assertEquals(1000, HonestAxes.step(1000), 1e-9);
        assertEquals(2000, HonestAxes.step(1001), 1e-9);
    }

    private static CategoryChart chart(List<Double> y, List<Double> half) {
        CategoryChart chart = new CategoryChartBuilder().width(400).height(300).build();
        List<String> x = y.stream().map(v -> "v" + v).toList();
        if (half == null) {
            chart.addSeries("s", x, y);
        } else {
            chart.addSeries("s", x, y, half);
        }
        return chart;
    }
}
