package uk.cxsim.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.chart.BusinessCaseRows;
import uk.cxsim.chart.ChartBook;
import uk.cxsim.chart.ChartContext;
import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.chart.FolderData;
import uk.cxsim.output.Formats;
import uk.cxsim.output.IoProblems;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;

/**
 * {@code board-pack.pptx} of an output folder, for the board: a title slide, the headline in plain words, the key
 * charts, the what-if and business-case table, and the assumptions. The same words and figures as report.html;
 * every figure carries its 95% interval and says whose books it reads.
 */
public final class BoardPack {
    /** The deck's file name in the folder. */
    public static final String FILE = "board-pack.pptx";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int MAX_CHARTS = 6;
    private static final Color INK = new Color(0x1f3b57);

    private final XMLSlideShow deck = new XMLSlideShow();
    private final XSLFSlideLayout titleLayout;
    private final XSLFSlideLayout titleOnly;

    private BoardPack() {
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
        titleLayout = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE);
        titleOnly = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
    }

    /** Writes the deck into the folder (a run or a comparison; charts drawn afresh) and returns it. */
    public static Path write(Path folder) {
        FolderData data = new FolderData(folder);
        FolderKind kind = FolderKind.of(data);
        boolean run = kind.run();
        boolean comparison = kind.comparison();
        BoardPack pack = new BoardPack();
        if (comparison && !run) {
            pack.comparison(data);
        } else {
            pack.run(data, comparison);
        }
        return pack.save(folder.resolve(FILE));
    }

    private void run(FolderData data, boolean comparison) {
        RunFile manifest = data.run();
        SummaryFile summary = data.summary();
        title("The cost of poor service: " + manifest.scenario(), context(ChartContext.of(manifest)));
        bullets("The headline", PlainWords.runHeadline(summary));
        List<ChartBook.Drawn> charts = new ArrayList<>(ChartBook.drawRun(data.folder()));
        if (comparison) {
            ComparisonFile cmp = data.comparison();
            bullets("The business case", businessCases(cmp));
            charts.addAll(0, keyComparisonCharts(ChartBook.drawComparison(data.folder(), ChartContext.of(manifest))));
            whatIfTable(cmp);
        }
        charts(data.folder(), charts);
        bullets("Assumptions", PlainWords.assumptions(manifest));
    }

    private void comparison(FolderData data) {
        ComparisonFile cmp = data.comparison();
        ChartContext c = ChartContext.of(cmp);
        title("What-if comparison against " + cmp.baseline(), context(c));
        List<String> headline = new ArrayList<>();
        headline.add(PlainWords.comparisonHeadline(cmp));
        headline.addAll(businessCases(cmp));
        bullets("The headline", headline);
        charts(data.folder(), keyComparisonCharts(ChartBook.drawComparison(data.folder(), c)));
        whatIfTable(cmp);
        bullets("Assumptions", comparisonAssumptions(cmp));
    }

    private static List<String> businessCases(ComparisonFile cmp) {
        List<String> out = new ArrayList<>();
        Map<String, BusinessCaseSection> cases = cmp.businessCase();
        if (cases != null) {
            cases.forEach((lever, bc) -> out.add(PlainWords.businessCase(lever, bc)));
        }
        return out;
    }

    /** The savings, driver and payback charts first, then the waterfalls, at most {@value #MAX_CHARTS}. */
    private static List<ChartBook.Drawn> keyComparisonCharts(List<ChartBook.Drawn> drawn) {
        List<ChartBook.Drawn> out = new ArrayList<>();
        for (String prefix : List.of("charts/what-if-savings", "charts/what-if-across-ensemble",
                "charts/what-if-drivers", "charts/business-case-payback", "charts/business-case-")) {
            for (ChartBook.Drawn d : drawn) {
                if (d.file().startsWith(prefix) && !out.contains(d) && out.size() < MAX_CHARTS) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static String context(ChartContext c) {
        return String.format(Locale.UK, "%s  |  %,d simulated customers stand for %,d adults (scale factor %,.0f)"
                        + "  |  %d replication%s  |  %s", c.scenario(), c.customers(), c.population(), c.scale(),
                c.replications(), c.replications() == 1 ? "" : "s",
                LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    }

    private void title(String title, String subtitle) {
        XSLFSlide slide = deck.createSlide(titleLayout);
        XSLFTextShape t = slide.getPlaceholder(0);
        t.setText(title);
        t.setAnchor(new Rectangle2D.Double(60, 150, WIDTH - 120, 120));
        XSLFTextShape s = slide.getPlaceholder(1);
        s.setText(subtitle);
        s.setAnchor(new Rectangle2D.Double(60, 290, WIDTH - 120, 100));
        for (XSLFTextParagraph p : s.getTextParagraphs()) {
            for (XSLFTextRun r : p.getTextRuns()) {
                r.setFontSize(16.0);
                r.setFontColor(new Color(0x333333));
            }
        }
    }

    private XSLFSlide slide(String title) {
        XSLFSlide slide = deck.createSlide(titleOnly);
        XSLFTextShape t = slide.getPlaceholder(0);
        t.setText(title);
        t.setAnchor(new Rectangle2D.Double(40, 16, WIDTH - 80, 60));
        for (XSLFTextParagraph p : t.getTextParagraphs()) {
            p.setTextAlign(TextParagraph.TextAlign.LEFT);
            for (XSLFTextRun r : p.getTextRuns()) {
                r.setFontSize(28.0);
                r.setFontColor(INK);
            }
        }
        return slide;
    }

    private void bullets(String title, List<String> lines) {
        XSLFSlide slide = slide(title);
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(50, 90, WIDTH - 100, HEIGHT - 120));
        box.clearText();
        double size = lines.stream().mapToInt(String::length).sum() > 1200 ? 12.0 : lines.size() > 4 ? 14.0 : 18.0;
        for (String line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setBullet(lines.size() > 1);
            p.setSpaceAfter(8.0);
            XSLFTextRun r = p.addNewTextRun();
            r.setText(line);
            r.setFontSize(size);
        }
    }

    private void charts(Path folder, List<ChartBook.Drawn> charts) {
        for (ChartBook.Drawn d : charts.subList(0, Math.min(charts.size(), MAX_CHARTS + 2))) {
            XSLFSlide slide = slide(d.title());
            try {
                XSLFPictureData png = deck.addPicture(Files.readAllBytes(folder.resolve(d.file())),
                        PictureData.PictureType.PNG);
                XSLFPictureShape pic = slide.createPicture(png);
                double h = HEIGHT - 130;
                double w = h * 1100 / 640;
                pic.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, 80, w, h));
            } catch (IOException e) {
                throw new ReportException("cannot read chart " + d.file() + ": " + IoProblems.describe(e));
            }
            XSLFTextBox caption = slide.createTextBox();
            caption.setAnchor(new Rectangle2D.Double(50, HEIGHT - 48, WIDTH - 100, 40));
            caption.setText(d.caption());
            for (XSLFTextParagraph p : caption.getTextParagraphs()) {
                for (XSLFTextRun r : p.getTextRuns()) {
                    r.setFontSize(11.0);
                    r.setFontColor(new Color(0x555555));
                }
            }
        }
    }

    /** Per lever: cost of poor service saved, relationships kept, and the net benefit and payback on the payer's books. */
    private void whatIfTable(ComparisonFile cmp) {
        Map<String, ExperimentCharts.Saving> cost = ExperimentCharts.savings(cmp, "costOfPoorServiceGbp");
        Map<String, ExperimentCharts.Saving> kept = ExperimentCharts.savings(cmp, "relationshipsLostToTreatment");
        Map<String, BusinessCaseSection> cases = cmp.businessCase();
        List<String> levers = new ArrayList<>(cost.keySet());
        int perSlide = 8;
        for (int from = 0; from < levers.size(); from += perSlide) {
            XSLFSlide slide = slide(levers.size() > perSlide ? "The what-ifs and their business case ("
                    + (from / perSlide + 1) + ")" : "The what-ifs and their business case");
            XSLFTable table = slide.createTable();
            table.setAnchor(new Rectangle2D.Double(30, 90, WIDTH - 60, 40));
            row(table, true, "What-if", "Cost of poor service saved a year (95% CI)", "Relationships kept a year",
                    "Net benefit a year (95% CI)", "On whose books", "Payback");
            for (String lever : levers.subList(from, Math.min(levers.size(), from + perSlide))) {
                BusinessCaseSection.Row payer = cases == null || cases.get(lever) == null ? null
                        : cases.get(lever).payer();
                ExperimentCharts.Saving c = cost.get(lever);
                ExperimentCharts.Saving k = kept.get(lever);
                String net = "";
                String books = "";
                String payback = "";
                if (payer != null) {
                    double[] ci = BusinessCaseRows.interval(payer.netBenefitCi95());
                    net = gbp(BusinessCaseRows.orZero(payer.netBenefitGbpPerYear()), ci[0], ci[1]);
                    books = BusinessCaseCharts.books(payer);
                    payback = PlainWords.payback(payer);
                }
                row(table, false, lever, gbp(c.mean(), c.low(), c.high()), k == null ? ""
                        : Formats.withInterval(Formats.count(k.mean()), Formats.count((k.high() - k.low()) / 2)), net,
                        books, payback);
            }
            double[] widths = {170, 180, 120, 180, 150, 100};
            for (int col = 0; col < widths.length; col++) {
                table.setColumnWidth(col, widths[col]);
            }
        }
    }

    /** "GBP m +/- GBP half width". */
    private static String gbp(double mean, double low, double high) {
        return Formats.withInterval(Formats.gbp(mean), Formats.gbp((high - low) / 2));
    }

    private static void row(XSLFTable table, boolean header, String... cells) {
        XSLFTableRow row = table.addRow();
        for (String text : cells) {
            XSLFTableCell cell = row.addCell();
            cell.setText(text);
            for (XSLFTextParagraph p : cell.getTextParagraphs()) {
                for (XSLFTextRun r : p.getTextRuns()) {
                    r.setFontSize(header ? 12.0 : 11.0);
                    r.setBold(header);
                    r.setFontColor(header ? Color.WHITE : Color.BLACK);
                }
            }
            cell.setFillColor(header ? INK : Color.WHITE);
            cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xdddddd));
        }
    }

    private static List<String> comparisonAssumptions(ComparisonFile cmp) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.UK, "%,d simulated customers stand for %,d adults: every count and GBP figure "
                        + "is multiplied by %,.0f. Figures are a year, scaled to the population, measured over %d days.",
                (long) cmp.customers(), cmp.population(), cmp.scaleFactor(), (long) cmp.days()));
        out.add("Each what-if ran the same " + cmp.replications() + " replications as the baseline with the same "
                + "random numbers (seed " + cmp.seed() + "), so differences come from the levers; ranges are "
                + "95% confidence intervals of the paired differences.");
        Map<String, BusinessCaseSection> cases = cmp.businessCase();
        if (cases != null && !cases.isEmpty()) {
            BusinessCaseSection any = cases.values().iterator().next();
            out.add(String.format(Locale.UK, "Profit, not revenue: each figure is its effect on the payer's profit (a "
                            + "cost is negative). Net present value and payback over the %.0f months simulated (of a "
                            + "%s-year horizon) at a %s discount rate; customers still held after them are valued "
                            + "apart. An agent hour costs %s and %s of a fall in agent hours counts as saved. Each "
                            + "business case reads the books of whoever pays for the lever (one supplier, a sector, "
                            + "or the UK).", (double) any.monthsAppraised(), any.horizonYears(),
                    Formats.percent(any.discountRate()), Formats.gbp(any.agentHourGbp()),
                    Formats.percent(BusinessCaseRows.orZero(any.agentHourSavingRealised()))));
            cases.forEach((lever, bc) -> {
                BusinessCaseSection.Row payer = bc.payer();
                out.add(lever + ": investment stated " + Formats.gbp(-BusinessCaseRows.orZero(
                        payer.investmentOneOffGbp())) + " once and " + Formats.gbp(-BusinessCaseRows.orZero(
                        payer.investmentPerYearGbp())) + " a year, on " + BusinessCaseCharts.books(payer) + ".");
            });
        }
        return out;
    }

    private Path save(Path target) {
        Path tmp = target.resolveSibling("." + FILE + ".partial");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            deck.write(out);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + IoProblems.describe(e));
        }
        try {
            deck.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + IoProblems.describe(e));
        }
        return target;
    }
}
