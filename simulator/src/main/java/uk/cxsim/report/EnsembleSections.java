package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import java.util.Map;

import uk.cxsim.chart.EnsembleRows;

/**
 * The part of a what-if report that reads an ensemble comparison: what each lever is worth across the parameter
 * sets that all fit the evidence, how often it pays back, and how much of the spread is parameter uncertainty
 * rather than simulation noise.
 */
final class EnsembleSections {
    private EnsembleSections() {
    }

    /** The section, or nothing if the comparison did not run on an ensemble. */
    @SuppressWarnings("unchecked")
    static String section(Map<String, Object> comparison) {
        Map<String, Object> ensemble = EnsembleRows.ensemble(comparison);
        if (ensemble == null) {
            return "";
        }
        Map<String, Map<String, Object>> variants = EnsembleRows.variants(ensemble);
        StringBuilder sb = new StringBuilder("<section><h2>Across the worlds that fit the evidence</h2>\n");
        sb.append("<p>The evidence fixes levels, not every behaviour parameter: ").append(esc(ensemble.get("members")))
                .append(" parameter sets (the ensemble <code>").append(esc(ensemble.get("file")))
                .append("</code>) all fit it. Each ran the baseline and every lever with the same ")
                .append(esc(ensemble.get("replications")))
                .append(" replications and random numbers; the ranges below are the 5th to 95th percentiles of the "
                        + "levers' effects over those worlds, and the figures above pool them all. UK books: the net "
                        + "benefit to all suppliers together.</p>\n");
        sb.append("<ul>\n");
        variants.forEach((name, v) -> sb.append("<li>").append(esc(sentence(name, uk(v)))).append("</li>\n"));
        sb.append("</ul>\n<table>\n").append(Html.header("What-if", "UK net benefit a year (median)",
                "5-95% of the worlds", "Pays back in", "Cost of poor service saved a year (5-95%)",
                "Spread from parameters, not noise"));
        variants.forEach((name, v) -> {
            Map<String, Object> uk = uk(v);
            Map<String, Object> net = (Map<String, Object>) uk.get("netBenefitGbpPerYear");
            Map<String, Object> cost = ((Map<String, Map<String, Object>>) v.get("figures"))
                    .get("costOfPoorServiceGbp");
            sb.append(Html.row(esc(name), esc(Numbers.gbp(number(net, "median"))),
                    esc(Numbers.gbp(number(net, "p5")) + " to " + Numbers.gbp(number(net, "p95"))),
                    esc(Numbers.percent(number(uk, "paysBackShare")) + " of the worlds"),
                    cost == null ? "" : esc(Numbers.gbp(-number(cost, "p95")) + " to "
                            + Numbers.gbp(-number(cost, "p5"))),
                    esc(Double.isNaN(number(net, "parameterShare")) ? "no spread"
                            : Numbers.percent(number(net, "parameterShare")))));
        });
        sb.append("</table>\n</section>\n");
        return sb.toString();
    }

    /** "Lever: net benefit to the UK of GBP a to b a year in 90% of the worlds ..., paying back in n% of them." */
    @SuppressWarnings("unchecked")
    static String sentence(String lever, Map<String, Object> uk) {
        Map<String, Object> net = (Map<String, Object>) uk.get("netBenefitGbpPerYear");
        return lever + ": a net benefit to the UK of " + Numbers.gbp(number(net, "p5")) + " to "
                + Numbers.gbp(number(net, "p95")) + " a year in 90% of the worlds that fit the evidence (median "
                + Numbers.gbp(number(net, "median")) + "); it pays back in "
                + Numbers.percent(number(uk, "paysBackShare")) + " of them.";
    }

    private static Map<String, Object> uk(Map<String, Object> variant) {
        Map<String, Object> row = EnsembleRows.uk(variant);
        if (row == null) {
            throw new ReportException("the ensemble comparison has no UK business case");
        }
        return row;
    }

    private static double number(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
