package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class PaybackChartTest {
    @TempDir
    Path dir;

    private final ChartContext context = new ChartContext("test", 10_000, 50_000_000, 5_000, 3, 730);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eachLeverHasItsLineAndItsPaybacksRangeInWords() {
        List<BusinessCaseCharts.Payback> levers = List.of(
                new BusinessCaseCharts.Payback("quick", "UK", 2e8, new double[]{-1e8, 0.5e8, 2e8}, 0, 1.0, 2.0),
                new BusinessCaseCharts.Payback("slow", "UK", 3e9, new double[]{-2.9e9, -2.8e9}, 1, 2.0, null),
                new BusinessCaseCharts.Payback("unsure", "UK", 1e8, new double[]{-0.5e8}, 2, null, null));
        XYChart chart = BusinessCaseCharts.payback(levers, context);
        XYSeries quick = chart.getSeriesMap().get("quick (UK)");
        // month by month from the one-off at month 0, in GBP bn (the largest figure is 3bn)
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), toList(quick.getXData()));
        assertEquals(List.of(-0.2, -0.1, 0.05, 0.2), toList(quick.getYData()).stream()
                .map(v -> Math.round(v * 1e9) / 1e9).toList());
        // ranges drawn on the zero line hid one another: they are said under the chart instead
        assertEquals(List.of("quick (UK)", "slow (UK)", "unsure (UK)", "repaid (zero)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("Payback at the ends of the net's 95% interval: quick: month 1 to month 2; slow: month 2 to "
                + "beyond the months simulated.", BusinessCaseCharts.paybackRanges(levers));
        Path png = ChartWriter.write(dir, "payback", chart);
        assertTrue(Files.isRegularFile(png));
    }

    private static List<Double> toList(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
