package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.metrics.ScreeningResult;
import uk.cxsim.metrics.SensitivityIndex;
import uk.cxsim.output.Formats;
import uk.cxsim.output.IoProblems;
import uk.cxsim.scenario.AssumptionGroups;

/**
 * report.html of a screening of assumptions: for each lever the five groups of assumptions that move its UK net
 * benefit most (total and first-order Sobol indices with their intervals, Morris's mu* for the groups the Sobol
 * stage did not move), what the seeds alone move it by, the charts, and the parameters in each group.
 */
public final class AssumptionReport {
    /** Groups listed per lever. */
    public static final int LISTED = 5;

    private AssumptionReport() {
    }

    /**
     * @param setup one sentence on how the screening ran (scenario, customers, worlds)
     */
    public static void write(Path folder, String title, String setup, ScreeningResult r,
                             List<AssumptionGroups.Group> groups, List<ChartBook.Drawn> charts) {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(esc(setup)).append("</p>\n");
        b.append("<p>Each group of assumed parameters moves as one factor, every parameter in it at the same share of "
                + "the way from its low to its high (ranges from the parameter table). ")
                .append(r.morris().isEmpty() ? "Sobol indices were estimated for the " + esc(r.kept().size())
                        + " groups chosen after an earlier screening"
                        : "Morris screening ranked all " + esc(r.groups().size()) + " groups; Sobol indices were then "
                        + "estimated for the " + esc(r.kept().size()) + " that move some lever most")
                .append(", the rest held at their stated values. ST is the share of the net benefit's variance a group "
                        + "accounts for with its interactions, S1 alone; each with a bootstrap 95% interval. Every "
                        + "world ran on the same seed, so these compare worlds, not luck; the noise a seed adds is "
                        + "measured apart.</p>\n");
        for (String lever : r.levers()) {
            b.append("<h2>").append(esc(lever)).append("</h2>\n");
            ScreeningResult.SeedNoise n = r.noise().stream().filter(x -> x.lever().equals(lever)).findFirst()
                    .orElseThrow();
            b.append("<p>UK net benefit in the stated world ").append(esc(Formats.gbp(n.mean())))
                    .append(" a year; across seeds it moves by ").append(esc(Formats.gbp(n.sd())))
                    .append(" (one standard deviation), ").append(esc(share(r.sobolShare().get(lever))))
                    .append(" of the variance across the Sobol worlds.</p>\n");
            b.append("<table>\n").append(Html.header("", "group of assumptions", "ST (95% interval)",
                    "S1 (95% interval)", "Morris mu* (GBP a year, low to high)"));
            List<String> ranking = r.ranking(lever);
            for (int i = 0; i < Math.min(LISTED, ranking.size()); i++) {
                String g = ranking.get(i);
                b.append(Html.row(esc(i + 1), esc(g), esc(interval(r.index(lever, g, "ST"))),
                        esc(interval(r.index(lever, g, "S1"))), esc(r.index(lever, g, "mu*")
                                .map(x -> Formats.gbp(x.value())).orElse(""))));
            }
            b.append("</table>\n");
        }
        b.append(ReportWriter.charts(folder, charts));
        b.append("<h2>The groups</h2>\n<table>\n").append(Html.header("group", "parameters (low to high)"));
        for (AssumptionGroups.Group g : groups) {
            b.append(Html.row(esc(g.name()), esc(g.parameters().stream().map(a -> a.key() + " "
                    + Formats.number(a.low()) + " to " + Formats.number(a.high())).collect(Collectors.joining("; ")))));
        }
        b.append("</table>\n");
        Path out = folder.resolve("report.html");
        try {
            Files.writeString(out, ReportWriter.page(title, b.toString()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write " + out + ": " + IoProblems.describe(e));
        }
    }

    private static String interval(Optional<SensitivityIndex> i) {
        return i.map(x -> Formats.number(x.value()) + " (" + Formats.number(x.low()) + " to "
                + Formats.number(x.high()) + ")").orElse("not moved");
    }

    private static String share(Double s) {
        return s == null || s.isNaN() ? "n/a" : Formats.percent(s);
    }
}
