package uk.cxsim.report;

import static uk.cxsim.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.chart.FolderData;
import uk.cxsim.output.Formats;
import uk.cxsim.output.IoProblems;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;
import uk.cxsim.scenario.TargetSet;

/**
 * The board report of an output folder: {@code report.html}, one self-contained page (charts embedded, no
 * network) with the headline in plain words, the charts, the what-if table, the evidence and assumptions with
 * their sources, and how the numbers were made.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Draws the folder's charts and writes report.html beside them; returns the report. */
    public static Path write(Path folder, TargetSet evidence) {
        FolderData data = new FolderData(folder);
        FolderKind kind = FolderKind.of(data);
        boolean run = kind.run();
        boolean comparison = kind.comparison();
        StringBuilder body = new StringBuilder();
        String title;
        if (run) {
            RunFile manifest = data.run();
            SummaryFile summary = data.summary();
            title = "The cost of poor service: " + manifest.scenario();
            List<ChartBook.Drawn> charts = ChartBook.drawRun(folder);
            body.append(RunSections.headline(summary));
            body.append(RunSections.sectors(summary));
            body.append(RunSections.operations(summary));
            body.append(charts(folder, charts));
            if (comparison) {
                body.append(whatIf(data, ChartContext.of(manifest)));
            }
            body.append(RunSections.evidence(evidence, summary));
            body.append(RunSections.assumptions(manifest));
            body.append(RunSections.metadata(manifest));
        } else {
            ComparisonFile cmp = data.comparison();
            title = Decision.question(cmp);
            body.append(whatIf(data, ChartContext.of(cmp)));
            body.append(RunSections.metadata(cmp));
        }
        String html = page(title, body.toString());
        Path out = folder.resolve("report.html");
        try {
            Path tmp = folder.resolve(".report.html.partial");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReportException("cannot write " + out + ": " + IoProblems.describe(e));
        }
        return out;
    }

    private static String whatIf(FolderData data, ChartContext context) {
        ComparisonFile cmp = data.comparison();
        List<ChartBook.Drawn> charts = ChartBook.drawComparison(data.folder(), context);
        Map<String, ExperimentCharts.Saving> cost = ExperimentCharts.savings(cmp, "costOfPoorServiceGbp");
        // levers keep the comparison's order in every table and chart
        List<String> order = new ArrayList<>(cost.keySet());
        StringBuilder sb = new StringBuilder(Decision.section(cmp));
        sb.append(BusinessCaseSections.opening(cmp));
        sb.append(charts(data.folder(), charts.stream().filter(ReportWriter::businessCase).toList()));
        sb.append("<section><h2>What the levers are worth</h2>\n");
        sb.append(ComparisonSections.headline(cmp, cost, order));
        sb.append("<p>Each what-if ran the same ").append(esc(cmp.replications()))
                .append(" replications as the baseline with the same random numbers, so the differences come from "
                        + "the levers, not from chance. Ranges are 95% confidence intervals.</p>\n");
        Map<String, ExperimentCharts.Saving> lost = ExperimentCharts.savings(cmp, "relationshipsLostToTreatment");
        Map<String, ExperimentCharts.Saving> failure = ExperimentCharts.savings(cmp, "failureDemandGbp");
        sb.append("<table>\n").append(Html.header("What-if", "Cost of poor service saved a year",
                "Relationships kept a year", "Failure demand saved a year"));
        for (String v : order) {
            sb.append(Html.row(esc(cmp.label(v)), range(cost.get(v), true), range(lost.get(v), false),
                    range(failure.get(v), true)));
        }
        sb.append("</table>\n</section>\n");
        sb.append(EnsembleSections.section(cmp));
        sb.append(charts(data.folder(), charts.stream().filter(d -> !businessCase(d)).toList()));
        sb.append(BusinessCaseSections.volumes(cmp));
        return sb.toString();
    }

    private static boolean businessCase(ChartBook.Drawn d) {
        return d.file().startsWith("charts/business-case-");
    }

    private static String range(ExperimentCharts.Saving s, boolean gbp) {
        if (s == null) {
            return "";
        }
        String mean = gbp ? Formats.gbp(s.mean()) : Formats.count(s.mean());
        String half = gbp ? Formats.gbp((s.high() - s.low()) / 2) : Formats.count((s.high() - s.low()) / 2);
        String cls = s.low() > 0 ? "good" : s.high() < 0 ? "bad" : "";
        return "<span class=\"" + cls + "\">" + esc(mean) + "</span> <span class=\"ci\">" + esc(Formats.plusMinus(half))
                + "</span>";
    }

    static String charts(Path folder, List<ChartBook.Drawn> charts) {
        StringBuilder sb = new StringBuilder("<section class=\"charts\">\n");
        for (ChartBook.Drawn d : charts) {
            try {
                byte[] png = Files.readAllBytes(folder.resolve(d.file()));
                sb.append("<figure><img alt=\"").append(esc(d.title())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>")
                        .append(esc(d.caption())).append(" <a href=\"").append(esc(d.file().replace(".png", ".svg")))
                        .append("\">SVG</a></figcaption></figure>\n");
            } catch (IOException e) {
                throw new ReportException("cannot read chart " + d.file() + ": " + IoProblems.describe(e));
            }
        }
        return sb.append("</section>\n").toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header><h1>" + esc(title)
                + "</h1></header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222; margin: 0; \
            background: #f6f6f4; }
            header { background: #1f3b57; color: white; padding: 24px 40px; }
            h1 { margin: 0; font-size: 28px; }
            main { max-width: 1160px; margin: 0 auto; padding: 24px 40px 60px; }
            section { background: white; border-radius: 6px; padding: 20px 28px; margin: 20px 0; \
            box-shadow: 0 1px 3px rgba(0,0,0,.08); }
            h2 { font-size: 21px; margin-top: 0; color: #1f3b57; }
            .headline { font-size: 22px; line-height: 1.45; }
            .cards { display: flex; flex-wrap: wrap; gap: 14px; margin-top: 16px; }
            .card { flex: 1 1 200px; border: 1px solid #e3e3e3; border-radius: 6px; padding: 12px 14px; }
            .card .value { font-size: 22px; font-weight: bold; color: #1f3b57; }
            .card .label { font-size: 13px; color: #555; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #eee; vertical-align: top; }
            th { background: #f0f2f5; }
            td.num { text-align: right; }
            .ci { color: #777; font-size: 12px; }
            .good { color: #1e8449; font-weight: bold; }
            .bad { color: #b03a2e; font-weight: bold; }
            .pass { color: #1e8449; } .fail { color: #b03a2e; font-weight: bold; }
            figure { margin: 0 0 26px; }
            figure img { width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { font-size: 13px; color: #555; margin-top: 4px; }
            .small { font-size: 13px; color: #555; }
            """;
}
