package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import java.util.List;
import java.util.Map;

import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.output.Formats;
import uk.cxsim.results.ComparisonFile;

/** The plain-words headline of a what-if comparison: only what the 95% intervals support is claimed. */
final class ComparisonSections {
    private ComparisonSections() {
    }

    /**
     * @param cost  GBP saved a year by each variant on the cost of poor service
     * @param order variants, largest saving first
     */
    static String headline(ComparisonFile comparison, Map<String, ExperimentCharts.Saving> cost,
                           List<String> order) {
        StringBuilder sb = new StringBuilder("<p class=\"headline\">");
        double baseline = baselineCost(comparison);
        if (!Double.isNaN(baseline)) {
            sb.append(esc(baselineInWords(comparison))).append(" poor service costs <b>")
                    .append(esc(Formats.gbp(baseline))).append(" a year</b>. ");
        }
        List<String> saving = order.stream().filter(v -> cost.get(v).low() > 0).toList();
        List<String> costing = order.stream().filter(v -> cost.get(v).high() < 0).toList();
        if (order.size() == 1) {
            ExperimentCharts.Saving only = cost.get(order.get(0));
            sb.append("<b>").append(esc(comparison.label(only.variant()))).append("</b> ")
                    .append(only.low() > 0 ? "saves <b>" + esc(Formats.gbp(only.mean())) + " a year</b>"
                            : only.high() < 0 ? "costs <b>" + esc(Formats.gbp(-only.mean())) + " a year more</b>"
                            : "changes it by an amount that cannot be told from the noise of the runs: "
                            + esc(Formats.gbp(only.mean())) + " saved a year")
                    .append(esc(interval95(only)));
            return sb.append(".</p>\n").toString();
        }
        if (saving.isEmpty()) {
            sb.append("No lever saves money beyond the noise of the runs");
        } else {
            ExperimentCharts.Saving best = cost.get(saving.get(0));
            sb.append(saving.size()).append(" of ").append(order.size()).append(" levers save money; <b>")
                    .append(esc(comparison.label(best.variant()))).append("</b> saves the most: <b>")
                    .append(esc(Formats.gbp(best.mean())))
                    .append(" a year</b>").append(esc(interval95(best)));
        }
        for (String v : costing) {
            ExperimentCharts.Saving s = cost.get(v);
            sb.append("; <b>").append(esc(comparison.label(v))).append("</b> costs <b>")
                    .append(esc(Formats.gbp(-s.mean())))
                    .append(" a year more</b>");
        }
        return sb.append(".</p>\n").toString();
    }

    /** "In the baseline (the UK market as the 2009 survey saw it)", or "In the uk-baseline scenario" untitled. */
    static String baselineInWords(ComparisonFile comparison) {
        String name = comparison.baseline();
        String words = comparison.inWords(name);
        return words.equals(name) ? "In the " + name + " scenario" : "In the baseline (" + words + ")";
    }

    /** A saving's interval after it in a sentence: " (+/- GBP 7.2m, 95% CI)". */
    private static String interval95(ExperimentCharts.Saving s) {
        return " (" + Formats.plusMinus(Formats.gbp((s.high() - s.low()) / 2)) + ", 95% CI)";
    }

    /** The baseline's cost of poor service, as every variant's row repeats it; NaN if absent. */
    private static double baselineCost(ComparisonFile comparison) {
        return comparison.headlineRows("costOfPoorServiceGbp").values().stream()
                .mapToDouble(ComparisonFile.Figure::baseline).findFirst().orElse(Double.NaN);
    }
}
