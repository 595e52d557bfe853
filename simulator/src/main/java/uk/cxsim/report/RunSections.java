package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import uk.cxsim.model.Clock;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.output.Formats;
import uk.cxsim.output.Json;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetSet;

/** The sections of a run's report, each from the run's own files. */
final class RunSections {
    /** A metric named as a share: ...Share or ...Shares, at the end or before a dot. */
    private static final Pattern SHARE = Pattern.compile("Shares?(\\.|$)");

    private RunSections() {
    }

    /** The headline in plain words, and the key figures as cards. */
    static String headline(SummaryFile summary) {
        double cost = summary.costOfPoorServiceGbp();
        double treatment = num(summary.leaveReasonShares(), "treatment");
        List<SummaryFile.Sector> sectors = sectors(summary, true);
        StringBuilder sb = new StringBuilder("<section>\n<p class=\"headline\">Poor service costs UK suppliers <b>")
                .append(esc(Formats.gbp(cost))).append(" a year</b>")
                .append(ci(summary, "costOfPoorServiceGbp")).append("; <b>")
                .append(esc(Formats.percent(treatment))).append("</b> of leavers leave because of how they were "
                        + "treated.</p>\n<p>That is ")
                .append(esc(Formats.count(summary.relationshipsLostToTreatment())))
                .append(" relationships a year, worth ").append(esc(Formats.gbp(
                        summary.avgValuePerLostRelationshipGbp()))).append(" each on average. The biggest losers are ");
        for (int k = 0; k < Math.min(3, sectors.size()); k++) {
            SummaryFile.Sector s = sectors.get(k);
            sb.append(k == 0 ? "" : k == 2 || k == sectors.size() - 1 ? " and " : ", ").append(esc(s.name()))
                    .append(" (").append(esc(Formats.gbp(s.costOfPoorServiceGbp()))).append(')');
        }
        sb.append(". Those who left because of treatment were driven away above all by ");
        List<Driver> drivers = new ArrayList<>(List.of(Driver.values()));
        Map<String, Double> shares = summary.driverShares();
        drivers.sort(Comparator.comparingDouble((Driver d) -> -num(shares, d.key())));
        for (int k = 0; k < 3; k++) {
            Driver d = drivers.get(k);
            sb.append(k == 0 ? "" : k == 2 ? " and " : ", ").append(esc(d.label().toLowerCase(Locale.UK)))
                    .append(" (").append(esc(Formats.percent(num(shares, d.key())))).append(')');
        }
        sb.append(".</p>\n<div class=\"cards\">\n");
        card(sb, Formats.gbp(cost), within(summary, "costOfPoorServiceGbp", Formats::gbp),
                "revenue lost to poor service a year (the headline)");
        card(sb, Formats.gbp(summary.acquisitionCostGbp()), within(summary, "acquisitionCostGbp", Formats::gbp),
                "to acquire replacements for them");
        card(sb, Formats.gbp(summary.failureDemandGbp()), within(summary, "failureDemandGbp", Formats::gbp),
                "handling repeat contacts (failure demand)");
        card(sb, Formats.gbp(summary.lostSalesGbp()), within(summary, "lostSalesGbp", Formats::gbp),
                "sales a channel could not take");
        card(sb, Formats.gbp(summary.puttingRightGbp()), within(summary, "puttingRightGbp", Formats::gbp),
                "putting right " + Formats.count(summary.complaints()) + " formal complaints (handling, redress, "
                        + "ombudsman fees)");
        card(sb, Formats.decimal(summary.meanMinutesTrappedInIvr()) + " min",
                within(summary, "meanMinutesTrappedInIvr", m -> Formats.decimal(m) + " min"),
                "spent trapped in automated phone menus by those trapped");
        card(sb, Formats.percent(summary.abandonRate()), within(summary, "abandonRate", Formats::points),
                "of callers hang up before an agent answers");
        double total = 0;
        for (Double v : orEmpty(summary.customerMinutes()).values()) {
            total += v;
        }
        card(sb, Formats.count(total / Clock.MINUTES_PER_HOUR) + " hours",
                within(summary, "customerHoursLost", h -> Formats.count(h) + " hours"),
                "of customers' time lost waiting, trapped, searching and repeating themselves");
        sb.append("</div>\n<p class=\"small\">Each GBP figure is one cost line, never a mix:</p>\n<ul "
                + "class=\"small\">\n");
        orEmpty(summary.costLines()).forEach((k, v) -> sb.append("<li><b>").append(esc(k)).append("</b>: ")
                .append(esc(v)).append("</li>\n"));
        sb.append("</ul>\n<p class=\"small\">").append(esc(summary.scaling())).append(".</p>\n</section>\n");
        return sb.toString();
    }

    /** A key figure; {@code interval} is its 95% interval's half width as text, or empty with one replication. */
    private static void card(StringBuilder sb, String value, String interval, String label) {
        sb.append("<div class=\"card\"><div class=\"value\">").append(esc(value)).append("</div>");
        if (!interval.isEmpty()) {
            sb.append("<div class=\"ci\">").append(esc(Formats.plusMinus(interval))).append(" (95% CI)</div>");
        }
        sb.append("<div class=\"label\">").append(esc(label)).append("</div></div>\n");
    }

    /**
     * The half width of a figure's 95% confidence interval over the replications, formatted; empty with one
     * replication or when the run has no interval for it.
     */
    private static String within(SummaryFile summary, String figure, DoubleFunction<String> format) {
        Map<String, SummaryFile.FigureInterval> cis = summary.confidenceIntervals();
        if (cis == null || replications(summary) < 2 || cis.get(figure) == null) {
            return "";
        }
        SummaryFile.FigureInterval f = cis.get(figure);
        return format.apply((f.ci95High() - f.ci95Low()) / 2);
    }

    /** The replications a summary is the mean of; 0 if it does not say. */
    private static int replications(SummaryFile summary) {
        return summary.replications() == null ? 0 : summary.replications();
    }

    /** An interval for running text: " (+/- half width)", or nothing. */
    private static String inBrackets(String interval) {
        return interval.isEmpty() ? "" : " (" + Formats.plusMinus(interval) + ")";
    }

    /** A table cell: the value, and under it its interval when there is one. */
    private static String cell(String value, String interval) {
        return esc(value) + (interval.isEmpty() ? "" : "<br><span class=\"ci\">" + esc(Formats.plusMinus(interval))
                + "</span>");
    }

    /** A GBP figure's interval for the headline sentence: half width and replications, or empty. */
    private static String ci(SummaryFile summary, String figure) {
        String half = within(summary, figure, Formats::gbp);
        return half.isEmpty() ? "" : " <span class=\"ci\">(" + esc(Formats.plusMinus(half)) + ", 95% CI over "
                + replications(summary) + " replications)</span>";
    }

    /** The sector table, largest cost first. */
    static String sectors(SummaryFile summary) {
        StringBuilder sb = new StringBuilder("<section><h2>Where the money goes</h2>\n<table>\n")
                .append(Html.header("Sector", "Cost of poor service a year", "Relationships lost to treatment",
                        "All leavers", "Failure demand", "Lost sales"));
        for (SummaryFile.Sector s : sectors(summary, true)) {
            String figure = "sectors." + s.name() + ".";
            sb.append(Html.row(esc(s.name()),
                    cell(Formats.gbp(s.costOfPoorServiceGbp()),
                            within(summary, figure + "costOfPoorServiceGbp", Formats::gbp)),
                    cell(Formats.count(s.relationshipsLostToTreatment()),
                            within(summary, figure + "relationshipsLostToTreatment", Formats::count)),
                    cell(Formats.count(s.leavers()), within(summary, figure + "leavers", Formats::count)),
                    cell(Formats.gbp(s.failureDemandGbp()), within(summary, figure + "failureDemandGbp", Formats::gbp)),
                    cell(Formats.gbp(s.lostSalesGbp()), within(summary, figure + "lostSalesGbp", Formats::gbp))));
        }
        sb.append("</table>\n");
        if (replications(summary) >= 2) {
            sb.append("<p class=\"small\">Under each figure, the half width of its 95% confidence interval over the ")
                    .append(replications(summary)).append(" replications.</p>\n");
        }
        return sb.append("<p class=\"small\">Why customers leave, across all sectors: ")
                .append(reasons(summary)).append(".</p>\n</section>\n").toString();
    }

    private static String reasons(SummaryFile summary) {
        Map<String, Double> shares = summary.leaveReasonShares();
        List<String> parts = new ArrayList<>();
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            parts.add(esc(r.label().toLowerCase(Locale.UK)) + " " + esc(Formats.percent(num(shares, r.key()))));
        }
        return String.join(", ", parts);
    }

    /** How the contact centres ran and whether the measured year was a steady state. */
    static String operations(SummaryFile summary) {
        SummaryFile.Operations ops = summary.operations() != null ? summary.operations()
                : new SummaryFile.Operations(null, null, null, null, null, null, null, null);
        SummaryFile.SteadyState steady = summary.steadyState() != null ? summary.steadyState()
                : new SummaryFile.SteadyState(Double.NaN, Map.of(), Double.NaN, null);
        SummaryFile.FailureDemandByKind failure = ops.failureDemandByKind() != null ? ops.failureDemandByKind()
                : new SummaryFile.FailureDemandByKind(null, null, null, null);
        StringBuilder sb = new StringBuilder("<section><h2>How the contact centres ran</h2>\n<p>")
                .append(esc(String.format(Locale.UK, "Contact centres planned their agents hour by hour to the calls "
                                + "they forecast and paid %s agent hours a year%s. %s%s of queued calls were answered "
                                + "within their supplier's target time; %s of the phone lines' open hours met their "
                                + "target within 5 points; %s%s of callers hung up, and no hour of the day carried "
                                + "more than %s of the phone lines' hang-ups. The mean wait was %s seconds%s.",
                        Formats.count(num(ops.agentHoursPaid())),
                        inBrackets(within(summary, "agentHoursPaid", Formats::count)),
                        Formats.percent(num(ops.answeredWithinTargetShare())),
                        inBrackets(within(summary, "serviceLevel.answeredWithinTargetShare", Formats::points)),
                        Formats.percent(num(ops.phoneHoursMeetingTargetShare())),
                        Formats.percent(summary.abandonRate()),
                        inBrackets(within(summary, "abandonRate", Formats::points)),
                        Formats.percent(num(ops.phonePeakHourAbandonShare())),
                        Formats.decimal(60 * summary.meanWaitMinutes()),
                        inBrackets(within(summary, "meanWaitMinutes", m -> Formats.decimal(60 * m) + " s")))))
                .append("</p>\n<table>\n").append(Html.header("Failure demand (avoidable contacts)", "GBP a year"));
        // in the order of their keys: channelSwitchesGbp, repeatsGbp, retriesGbp, transfersGbp
        for (FailureKind kind : List.of(
                new FailureKind("channelSwitchesGbp", "Contacts in another channel after one failed",
                        failure.channelSwitchesGbp()),
                new FailureKind("repeatsGbp", "Repeats of unresolved issues", failure.repeatsGbp()),
                new FailureKind("retriesGbp", "Calls again after hanging up", failure.retriesGbp()),
                new FailureKind("transfersGbp", "Transfers to another agent", failure.transfersGbp()))) {
            sb.append(Html.row(esc(kind.label()), cell(Formats.gbp(num(kind.gbp())),
                    within(summary, "failureDemand." + kind.key(), Formats::gbp))));
        }
        double most = 0;
        for (Double v : orEmpty(steady.loyaltyShareChangePts()).values()) {
            most = Math.max(most, Math.abs(v));
        }
        sb.append("</table>\n<p class=\"small\">").append(esc("Steady state: over the measured days relationships "
                + "held changed by " + Formats.percentChange(steady.relationshipsChangePct()) + ", each loyalty "
                + "stage's share by at most " + Formats.points(most / 100) + ", and treatment leavers by "
                + Formats.percentChange(steady.treatmentLeaversChangePct()) + " from the first quarter to the last "
                + "(within +/-3 the year is taken as steady)."));
        return sb.append("</p>\n</section>\n").toString();
    }

    /** The evidence this model is built on, with sources, beside what this run shows. */
    static String evidence(TargetSet targets, SummaryFile summary) {
        StringBuilder sb = new StringBuilder("<section><h2>The evidence, and how this run compares</h2>\n<p>")
                .append(esc(targets.description())).append(" The evidence is survey-grade: it calibrates the model; "
                        + "it is not an input.</p>\n<table>\n")
                .append(Html.header("Evidence", "Expected", "This run", "Source"));
        for (Target t : targets.targets()) {
            if (t instanceof Target.Value v && v.whatIf() != null) {
                continue;   // a natural experiment: a what-if of its own, checked by validate
            }
            String expected;
            String simulated;
            if (t instanceof Target.Value v) {
                expected = format(v.metric(), v.expected());
                Double sim = lookup(summary, v.metric());
                simulated = sim == null ? "" : format(v.metric(), sim)
                        + inBrackets(within(summary, v.metric(), half -> halfWidth(v.metric(), half)));
                boolean pass = sim != null && v.band().contains(sim);
                simulated = "<span class=\"" + (pass ? "pass" : "fail") + "\">" + esc(simulated) + "</span>";
            } else {
                Target.Order o = (Target.Order) t;
                expected = esc(String.join(" > ", o.metrics().stream().map(RunSections::shortName).toList()));
                List<String> sims = new ArrayList<>();
                for (String m : o.metrics()) {
                    Double v = lookup(summary, m);
                    sims.add(v == null ? "?" : format(m, v));
                }
                simulated = esc(String.join(" > ", sims));
            }
            sb.append(Html.row(esc(t.name()), t instanceof Target.Value ? esc(expected) : expected, simulated,
                    esc(t.source())));
        }
        return sb.append("</table>\n</section>\n").toString();
    }

    /** The scenario's main assumptions. */
    static String assumptions(RunFile manifest) {
        JsonNode p = Json.tree(manifest.parameters());
        StringBuilder sb = new StringBuilder("<section><h2>Assumptions</h2>\n<p>")
                .append(esc(String.format(Locale.UK, "%,d simulated customers stand for %,d adults: every count "
                                + "and GBP figure is multiplied by %,.0f. ", (long) manifest.customers(),
                        manifest.population(), manifest.scaleFactor())))
                .append(esc(String.format(Locale.UK, "Figures are per year, measured over %d days after an "
                        + "equilibrium start (a smaller population simulated for years, so tenure, loyalty and who "
                        + "holds what are settled) and a %d-day warm-up. Customers absorb a mean frustration of %s "
                        + "before leaving for treatment; frustration halves in %s days; callers wait %s minutes on "
                        + "average before hanging up.",
                        (long) manifest.days(), (long) manifest.warmupDays(),
                        Formats.setting(num(p.path("people").path("toleranceMean"))),
                        Formats.setting(num(p.path("behaviour").path("frustrationHalfLifeDays"))),
                        Formats.setting(num(p.path("people").path("patienceMinutes"))))))
                .append("</p>\n<table>\n").append(Html.header("Sector", "Annual value of a relationship",
                        "Adults holding one", "Contacts per relationship a year", "Suppliers"));
        p.path("sectors").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            List<String> suppliers = new ArrayList<>();
            s.path("suppliers").fieldNames().forEachRemaining(suppliers::add);
            sb.append(Html.row(esc(e.getKey()), esc(Formats.gbp(num(s.path("relationshipValueGbp")))),
                    esc(Formats.percent(num(s.path("holdShare")))),
                    esc(Formats.setting(num(s.path("contactsPerYear")))),
                    esc(String.join(", ", suppliers))));
        });
        return sb.append("</table>\n<p class=\"small\">Every parameter used, defaults included, is in run.json.</p>"
                + "\n</section>\n").toString();
    }

    /** How the numbers were made: the scalar entries of run.json (or comparison.json), as the file gives them. */
    static String metadata(Object file) {
        StringBuilder sb = new StringBuilder("<section><h2>About this run</h2>\n<table>\n");
        Json.tree(file).fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                sb.append(Html.row(esc(e.getKey()), esc(e.getValue().asText())));
            }
        });
        return sb.append("</table>\n</section>\n").toString();
    }

    /**
     * A share or rate, shown as a percentage: {@code ...Shares.x}, {@code ...Share}, {@code ...Share.x},
     * {@code ...Rate}.
     */
    private static boolean isShare(String metric) {
        return SHARE.matcher(metric).find() || metric.endsWith("Rate");
    }

    private static String format(String metric, double v) {
        if (isShare(metric)) {
            return Formats.percent(v);
        }
        if (metric.endsWith("Gbp")) {
            return Formats.gbp(v);
        }
        return Formats.number(v);
    }

    /** A half width in the figure's units; a share's in percentage points. */
    private static String halfWidth(String metric, double half) {
        return isShare(metric) ? Formats.points(half) : format(metric, half);
    }

    private static String shortName(String metric) {
        if (metric.startsWith("sectors.")) {
            return metric.substring("sectors.".length(), metric.lastIndexOf('.'));
        }
        return metric.substring(metric.lastIndexOf('.') + 1);
    }

    /**
     * A figure of summary.json by its dotted name: its mean over the replications where it has an interval, else
     * found along the path (sector figures from the sectors list).
     */
    static Double lookup(SummaryFile summary, String metric) {
        SummaryFile.FigureInterval ci = summary.confidenceIntervals() == null ? null
                : summary.confidenceIntervals().get(metric);
        if (ci != null && !Double.isNaN(ci.mean())) {
            return ci.mean();
        }
        JsonNode tree = Json.tree(summary);
        if (metric.startsWith("sectors.")) {
            String rest = metric.substring("sectors.".length());
            String name = rest.substring(0, rest.lastIndexOf('.'));
            String key = rest.substring(rest.lastIndexOf('.') + 1);
            for (JsonNode s : tree.path("sectors")) {
                if (name.equals(s.path("name").asText()) && s.path(key).isNumber()) {
                    return s.path(key).doubleValue();
                }
            }
            return null;
        }
        JsonNode at = tree;
        for (String part : metric.split("\\.")) {
            if (!at.isObject()) {
                return null;
            }
            at = at.path(part);
        }
        return at.isNumber() ? at.doubleValue() : null;
    }

    /** The sectors, largest cost first if {@code byCost}. */
    private static List<SummaryFile.Sector> sectors(SummaryFile summary, boolean byCost) {
        List<SummaryFile.Sector> list = new ArrayList<>(summary.sectors() == null ? List.of() : summary.sectors());
        if (byCost) {
            list.sort(Comparator.comparingDouble((SummaryFile.Sector s) -> -s.costOfPoorServiceGbp()));
        }
        return list;
    }

    /** A kind of failure demand: its key, its label and its GBP a year. */
    private record FailureKind(String key, String label, Double gbp) {
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    private static double num(Map<String, Double> m, String key) {
        Double v = m == null ? null : m.get(key);
        return v == null ? Double.NaN : v;
    }

    private static double num(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static double num(JsonNode n) {
        return n.isNumber() ? n.doubleValue() : Double.NaN;
    }
}
