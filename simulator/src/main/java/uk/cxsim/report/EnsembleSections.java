package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import uk.cxsim.output.Formats;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.EnsembleSection;

/**
 * The part of a what-if report that reads an ensemble comparison: what each lever is worth across the parameter
 * sets that all fit the evidence, how often it pays back, and how much of the spread is parameter uncertainty
 * rather than simulation noise.
 */
final class EnsembleSections {
    private EnsembleSections() {
    }

    /** The section, or nothing if the comparison did not run on an ensemble. */
    static String section(ComparisonFile comparison) {
        EnsembleSection ensemble = comparison.ensemble();
        if (ensemble == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section><h2>Across the worlds that fit the evidence</h2>\n");
        sb.append("<p>The evidence fixes levels, not every behaviour parameter: ").append(esc(ensemble.members()))
                .append(" parameter sets (the ensemble <code>").append(esc(ensemble.file()))
                .append("</code>) all fit it. Each ran the baseline and every lever with the same ")
                .append(esc(ensemble.replications()))
                .append(" replications and random numbers; the ranges below are the 5th to 95th percentiles of the "
                        + "levers' effects over those worlds, and the figures above pool them all. UK books: the net "
                        + "benefit to all suppliers together.</p>\n");
        sb.append("<ul>\n");
        ensemble.variants().forEach((name, v) -> sb.append("<li>").append(esc(sentence(comparison.label(name), uk(v))))
                .append("</li>\n"));
        sb.append("</ul>\n<table>\n").append(Html.header("What-if", "UK net benefit a year (median)",
                "5-95% of the worlds", "Pays back in", "Cost of poor service saved a year (5-95%)",
                "Spread from parameters, not noise"));
        ensemble.variants().forEach((name, v) -> {
            EnsembleSection.Case uk = uk(v);
            EnsembleSection.Spread net = uk.netBenefitGbpPerYear();
            EnsembleSection.Spread cost = v.figures().get("costOfPoorServiceGbp");
            sb.append(Html.row(esc(comparison.label(name)), esc(Formats.gbp(net.median())),
                    esc(Formats.gbp(net.p5()) + " to " + Formats.gbp(net.p95())),
                    esc(Formats.percent(uk.paysBackShare()) + " of the worlds"),
                    cost == null ? "" : esc(Formats.gbp(-cost.p95()) + " to " + Formats.gbp(-cost.p5())),
                    esc(Double.isNaN(net.parameterShare()) ? "no spread" : Formats.percent(net.parameterShare()))));
        });
        sb.append("</table>\n</section>\n");
        return sb.toString();
    }

    /** The sentence of {@link #sentence(String, EnsembleSection.Case)} for one what-if, or null without an ensemble. */
    static String sentence(ComparisonFile comparison, String variant) {
        EnsembleSection ensemble = comparison.ensemble();
        EnsembleSection.Variant v = ensemble == null ? null : ensemble.variants().get(variant);
        return v == null ? null : sentence(comparison.label(variant), uk(v));
    }

    /** "Lever: net benefit to the UK of GBP a to b a year in 90% of the worlds ..., paying back in n% of them." */
    static String sentence(String lever, EnsembleSection.Case uk) {
        EnsembleSection.Spread net = uk.netBenefitGbpPerYear();
        return lever + ": a net benefit to the UK of " + Formats.gbp(net.p5()) + " to "
                + Formats.gbp(net.p95()) + " a year in 90% of the worlds that fit the evidence (median "
                + Formats.gbp(net.median()) + "); it pays back in "
                + Formats.percent(uk.paysBackShare()) + " of them.";
    }

    private static EnsembleSection.Case uk(EnsembleSection.Variant variant) {
        EnsembleSection.Case row = variant.uk();
        if (row == null) {
            throw new ReportException("the ensemble comparison has no UK business case");
        }
        return row;
    }
}
