package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.results.ComparisonFile;

/** The comparison headline claims a saving or an extra cost only where the 95% interval excludes zero. */
class ComparisonSectionsTest {
    @Test
    void headlineClaimsOnlyWhatTheIntervalsSupport() {
        ComparisonFile comparison = comparison(Map.of(
                "cheap-fix", row(15e9, -2e9, -2.5e9, -1.5e9),
                "coin-toss", row(15e9, -0.1e9, -0.4e9, 0.2e9),
                "cut-corners", row(15e9, 1e9, 0.6e9, 1.4e9)));
        Map<String, ExperimentCharts.Saving> cost = ExperimentCharts.savings(comparison, "costOfPoorServiceGbp");
        String html = ComparisonSections.headline(comparison, cost, List.of("cheap-fix", "coin-toss", "cut-corners"));

        assertTrue(html.contains("poor service costs <b>GBP 15.00bn a year</b>"), html);
        assertTrue(html.contains("1 of 3 levers save money; <b>cheap-fix</b> saves the most: <b>GBP 2.00bn a year</b>"),
                html);
        assertTrue(html.contains("<b>cut-corners</b> costs <b>GBP 1.00bn a year more</b>"), html);
        assertFalse(html.contains("coin-toss"), "a difference whose interval straddles zero is not claimed: " + html);
    }

    @Test
    void saysSoWhenNoLeverSavesMoney() {
        ComparisonFile comparison = comparison(Map.of("coin-toss", row(15e9, -0.1e9, -0.4e9, 0.2e9),
                "cut-corners", row(15e9, 1e9, 0.6e9, 1.4e9)));
        Map<String, ExperimentCharts.Saving> cost = ExperimentCharts.savings(comparison, "costOfPoorServiceGbp");
        String html = ComparisonSections.headline(comparison, cost, List.of("coin-toss", "cut-corners"));
        assertTrue(html.contains("No lever saves money beyond the noise of the runs"), html);
    }

    @Test
    void aSingleLeverIsNamedWithItsIntervalAndClaimedOnlyWhenTheIntervalExcludesZero() {
        ComparisonFile noise = comparison(Map.of("coin-toss", row(15e9, -0.1e9, -0.4e9, 0.2e9)));
        String html = ComparisonSections.headline(noise, ExperimentCharts.savings(noise, "costOfPoorServiceGbp"),
                List.of("coin-toss"));
        assertTrue(html.contains("<b>coin-toss</b> changes it by an amount that cannot be told from the noise of the "
                + "runs: GBP 100.0m saved a year (+/- GBP 300.0m, 95% CI)"), html);
        ComparisonFile fix = comparison(Map.of("cheap-fix", row(15e9, -2e9, -2.5e9, -1.5e9)));
        html = ComparisonSections.headline(fix, ExperimentCharts.savings(fix, "costOfPoorServiceGbp"),
                List.of("cheap-fix"));
        assertTrue(html.contains("<b>cheap-fix</b> saves <b>GBP 2.00bn a year</b> (+/- GBP 500.0m, 95% CI)"),
                html);
        ComparisonFile worse = comparison(Map.of("cut-corners", row(15e9, 1e9, 0.6e9, 1.4e9)));
        html = ComparisonSections.headline(worse, ExperimentCharts.savings(worse, "costOfPoorServiceGbp"),
                List.of("cut-corners"));
        assertTrue(html.contains("<b>cut-corners</b> costs <b>GBP 1.00bn a year more</b>"), html);
    }

    private static ComparisonFile comparison(Map<String, ComparisonFile.Figure> rows) {
        Map<String, List<ComparisonFile.Figure>> variants = new LinkedHashMap<>();
        rows.forEach((name, row) -> variants.put(name, List.of(row)));
        return new ComparisonFile("base", "base", 2, 1000, 1_000_000, 1000, 365, 1, "", null, Map.of(), variants,
                Map.of(), Map.of(),
                null, null, null);
    }

    private static ComparisonFile.Figure row(double baseline, double difference, double low, double high) {
        return new ComparisonFile.Figure("all", null, "costOfPoorServiceGbp", baseline, baseline + difference,
                difference, low, high, -difference);
    }
}
