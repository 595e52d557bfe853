package uk.cxsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.cxsim.chart.BusinessCaseRows;
import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;

/**
 * The report's sentences as plain text, for the studio and the board pack: the same words as report.html, so a
 * figure reads the same wherever it is shown.
 */
public final class PlainWords {
    private PlainWords() {
    }

    /**
     * A what-if run on every member of an ensemble: its UK net benefit's spread across the members and the share
     * where it pays back, as the report says it; null for a comparison without an ensemble.
     */
    public static String acrossEnsemble(ComparisonFile comparison, String variant) {
        return EnsembleSections.sentence(comparison, variant);
    }

    /** The comparison's headline: the baseline's cost of poor service and what the levers save (95% CIs). */
    public static String comparisonHeadline(ComparisonFile comparison) {
        Map<String, ExperimentCharts.Saving> cost = ExperimentCharts.savings(comparison, "costOfPoorServiceGbp");
        return text(ComparisonSections.headline(comparison, cost, new ArrayList<>(cost.keySet())));
    }

    /** One lever's business case on the books of whoever pays for it. */
    public static String businessCase(String lever, BusinessCaseSection businessCase) {
        return text(BusinessCaseSections.sentence(lever, businessCase));
    }

    /**
     * When a lever pays back, on its payer's books, claimed only as far as the net benefit's 95% interval allows:
     * "at once", "month 14", "not in the months simulated", "does not pay back", or unknown when the interval
     * spans zero.
     */
    public static String payback(BusinessCaseSection.Row payer) {
        double[] ci = BusinessCaseRows.interval(payer.netBenefitCi95());
        Double months = payer.paybackMonths();
        if (ci[1] < 0) {
            return "does not pay back";
        }
        if (!(ci[0] > 0)) {
            return "unknown: the net benefit cannot be told from zero";
        }
        if (months == null) {
            return "not in the months simulated";
        }
        String range = paybackRange(payer);
        return (months < 1 ? "at once" : String.format(java.util.Locale.UK, "month %.0f", months))
                + (range.isEmpty() ? "" : " (" + range + ")");
    }

    /**
     * "months 9 to 31": the payback at the upper and at the lower end of the cumulative net's 95% interval, month
     * by month; empty when both ends read as the estimate does, or the business case has none (one replication).
     */
    static String paybackRange(BusinessCaseSection.Row payer) {
        Double[] range = BusinessCaseRows.paybackRange(payer);
        if (range == null) {
            return "";
        }
        Double soonest = range[0];
        Double latest = range[1];
        if (months(soonest).equals(months(latest)) && months(soonest).equals(months(payer.paybackMonths()))) {
            return ""; // the interval changes nothing the point estimate says
        }
        if (latest != null && soonest >= 1) {
            return String.format(java.util.Locale.UK, "months %.0f to %.0f", soonest, latest);
        }
        return months(soonest) + " to " + months(latest);
    }

    private static String months(Double m) {
        if (m == null) {
            return "beyond the months simulated";
        }
        if (m < 1) {
            return "at once";
        }
        return String.format(java.util.Locale.UK, "month %.0f", m);
    }

    /** A run's headline, one line each: what poor service costs and why customers leave, then the key figures. */
    public static List<String> runHeadline(SummaryFile summary) {
        String html = RunSections.headline(summary);
        int cards = html.indexOf("<div class=\"cards\">");
        int end = html.indexOf("<p class=\"small\">", cards);
        List<String> out = new ArrayList<>();
        for (String p : html.substring(0, cards).split("<p")) {
            String t = text("<p" + p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        for (String card : html.substring(cards, end < 0 ? html.length() : end).split("<div class=\"card\">")) {
            String t = text(card);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The assumptions a run rests on: the scaling and behaviour sentence, then one line per sector (the value of a
     * relationship, the adults holding one, contacts a year, its suppliers).
     */
    public static List<String> assumptions(RunFile manifest) {
        String html = RunSections.assumptions(manifest);
        List<String> out = new ArrayList<>();
        int table = html.indexOf("<table>");
        out.add(text(html.substring(html.indexOf("<p>"), table)));
        String[] rows = html.substring(table).split("<tr>");
        for (int r = 2; r < rows.length; r++) {
            String[] cells = rows[r].split("<td[^>]*>");
            if (cells.length >= 6) {
                out.add(cell(cells[1]) + ": a relationship is worth " + cell(cells[2]) + " a year, " + cell(cells[3])
                        + " of adults hold one, " + cell(cells[4]) + " contacts a year each; suppliers "
                        + cell(cells[5]));
            }
        }
        return out;
    }

    /** A table cell's text, up to its end. */
    private static String cell(String html) {
        int end = html.indexOf("</td>");
        return text(end < 0 ? html : html.substring(0, end));
    }

    /** HTML as text: tags dropped, entities read, white space collapsed. */
    static String text(String html) {
        String t = html.replaceAll("(?s)<[^>]*>", " ");
        t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return t.replaceAll("\\s+", " ").replaceAll(" ([.,;:)])", "$1").replace("( ", "(").trim();
    }
}
