package uk.cxsim.report;

import static uk.cxsim.chart.BusinessCaseRows.interval;
import static uk.cxsim.chart.BusinessCaseRows.orZero;
import static uk.cxsim.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.output.Formats;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.EnsembleSection;
import uk.cxsim.results.RangesSection;

/**
 * The decision a comparison puts to a board, one sentence per lever on the books of whoever pays for it: the net
 * benefit with its 95% interval and what it lets us claim, the payback, what the lever costs (the scenario's own
 * assumption), and, where the comparison measured them, the assumption that moves the case most and the spread
 * across the worlds that fit the evidence. The question it answers titles the report and the board pack.
 */
public final class Decision {
    /** Levers a default question names one by one; more are counted. */
    private static final int NAMED_IN_QUESTION = 3;

    private Decision() {
    }

    /**
     * The question the comparison answers: the one its user asked, else "What if A, B or C?" from the what-ifs'
     * titles ("What would a and b do against base?" when one states none), else (more levers) how many what-ifs are
     * set against the baseline.
     */
    public static String question(ComparisonFile cmp) {
        if (cmp.question() != null && !cmp.question().isBlank()) {
            return cmp.question();
        }
        List<String> levers = new ArrayList<>(cmp.variants().keySet());
        if (levers.size() > NAMED_IN_QUESTION || levers.isEmpty()) {
            return levers.size() + " what-ifs against " + cmp.inWords(cmp.baseline()) + ": which pay, and for whom?";
        }
        boolean titled = levers.stream().allMatch(l -> !cmp.inWords(l).equals(l));
        List<String> words = levers.stream().map(cmp::inWords).toList();
        String joined = words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0, words.size() - 1))
                + (titled ? " or " : " and ") + words.get(words.size() - 1);
        return titled ? "What if " + joined + "?"
                : "What would " + joined + " do against " + cmp.inWords(cmp.baseline()) + "?";
    }

    /** The decision as HTML list items, one per lever with a business case. */
    static List<String> items(ComparisonFile cmp) {
        List<String> out = new ArrayList<>();
        Map<String, BusinessCaseSection> cases = cmp.businessCase();
        if (cases == null) {
            return out;
        }
        cases.forEach((lever, bc) -> out.add(sentence(cmp, lever, bc)));
        return out;
    }

    /** The decision on one lever in plain text, for the studio. */
    public static String line(ComparisonFile cmp, String lever) {
        BusinessCaseSection bc = cmp.businessCase() == null ? null : cmp.businessCase().get(lever);
        return bc == null ? "" : PlainWords.text(sentence(cmp, lever, bc));
    }

    /** The decision in plain text, one line per lever, for the board pack and the studio. */
    public static List<String> lines(ComparisonFile cmp) {
        return items(cmp).stream().map(PlainWords::text).toList();
    }

    /** The report's opening section: the question, then the decision per lever. */
    static String section(ComparisonFile cmp) {
        List<String> items = items(cmp);
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section><h2>The decision</h2>\n<ul>\n");
        items.forEach(i -> sb.append("<li>").append(i).append("</li>\n"));
        return sb.append("</ul>\n<p class=\"small\">Each figure is the lever's effect on the profit of whoever pays "
                + "for it, a year at UK scale, with its 95% confidence interval: a cost is negative. The investment "
                + "is the scenario's own assumption.</p>\n</section>\n").toString();
    }

    private static String sentence(ComparisonFile cmp, String lever, BusinessCaseSection bc) {
        BusinessCaseSection.Row payer = bc.payer();
        double net = orZero(payer.netBenefitGbpPerYear());
        double[] ci = interval(payer.netBenefitCi95());
        String figure = Formats.gbp(net) + " a year (" + Formats.plusMinus(Formats.gbp((ci[1] - ci[0]) / 2))
                + ", 95% CI)";
        StringBuilder sb = new StringBuilder("<b>").append(esc(cmp.label(lever))).append("</b>: ");
        String books = " on " + BusinessCaseCharts.books(payer);
        if (ci[0] > 0) {
            sb.append("<b>pays</b>, ").append(esc(figure + books)).append("; pays back ")
                    .append(esc(PlainWords.payback(payer))).append(". ");
        } else if (ci[1] < 0) {
            sb.append("<b>loses money</b>, ").append(esc(figure + books)).append(", and does not pay back. ");
        } else {
            sb.append("<b>cannot be told from zero</b> at this size, ").append(esc(figure + books)).append(". ");
        }
        sb.append(esc(investment(payer)));
        RangesSection ranges = cmp.ranges() == null ? null : cmp.ranges().get(lever);
        if (ranges != null && !ranges.rows().isEmpty()) {
            RangesSection.Row most = ranges.rows().get(0);
            sb.append(" The assumption that moves it most, ").append(esc(most.label())).append(": ")
                    .append(esc(Formats.setting(most.key(), orZero(most.low().value())))).append(" to ")
                    .append(esc(Formats.setting(most.key(), orZero(most.high().value()))))
                    .append(" moves its net present value from ").append(esc(Formats.gbp(orZero(most.low().npvGbp()))))
                    .append(" to ").append(esc(Formats.gbp(orZero(most.high().npvGbp())))).append(".");
        }
        EnsembleSection.Case uk = acrossWorlds(cmp, lever);
        if (uk != null) {
            EnsembleSection.Spread spread = uk.netBenefitGbpPerYear();
            sb.append(" Across the ").append(cmp.ensemble().members()).append(" worlds that fit the evidence: ")
                    .append(esc(Formats.gbp(spread.p5()))).append(" to ").append(esc(Formats.gbp(spread.p95())))
                    .append(" a year for the UK in 90% of them, paying back in ")
                    .append(esc(Formats.percent(uk.paysBackShare()))).append(" of them.");
        }
        return sb.toString();
    }

    /**
     * What the lever's scenario assumes it costs its payer, in a sentence: "Costs GBP 2.5m once and GBP 2.2m a year
     * (assumed)." or "No investment stated.".
     */
    public static String investment(BusinessCaseSection.Row payer) {
        double oneOff = -orZero(payer.investmentOneOffGbp());
        double perYear = -orZero(payer.investmentPerYearGbp());
        List<String> costs = new ArrayList<>();
        if (oneOff != 0) {
            costs.add(Formats.gbp(oneOff) + " once");
        }
        if (perYear != 0) {
            costs.add(Formats.gbp(perYear) + " a year");
        }
        return costs.isEmpty() ? "No investment stated." : "Costs " + String.join(" and ", costs) + " (assumed).";
    }

    /** The lever's UK case across an ensemble's members; null without an ensemble. */
    private static EnsembleSection.Case acrossWorlds(ComparisonFile cmp, String lever) {
        EnsembleSection e = cmp.ensemble();
        EnsembleSection.Variant v = e == null || e.variants() == null ? null : e.variants().get(lever);
        return v == null ? null : v.uk();
    }
}
