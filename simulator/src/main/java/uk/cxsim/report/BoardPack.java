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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
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
    /** The charts a comparison's pack opens with, each if drawn: savings, ensemble, drivers, payback. */
    private static final List<String> LEAD = List.of("charts/what-if-savings.png",
            "charts/what-if-across-ensemble.png", "charts/what-if-drivers.png", "charts/business-case-payback.png");
    /** The most waterfall slides a pack shows, one per lever (the workshop's sixteen what-ifs all fit). */
    private static final int MAX_WATERFALLS = 16;
    /** A comparison's tornado charts follow its other key charts only while these number fewer than this. */
    private static final int MAX_CHARTS = 6;
    /** A run's charts: at most this many in all, the comparison's key charts counted when they come first. */
    private static final int MAX_RUN_CHARTS = 8;
    private static final String ELSEWHERE = "report.html / charts/";
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
        List<ChartBook.Drawn> charts = ChartBook.drawRun(data.folder());
        int room = MAX_RUN_CHARTS;
        if (comparison) {
            ComparisonFile cmp = data.comparison();
            decision(cmp);
            KeyCharts key = keyComparisonCharts(cmp, ChartBook.drawComparison(data.folder(),
                    ChartContext.of(manifest)));
            whatIfTable(cmp);
            charts(data.folder(), key.charts(), key.leftOut());
            // the run's first two charts (why customers leave, cost by sector) however many the comparison has
            room = Math.max(2, MAX_RUN_CHARTS - key.charts().size());
        }
        List<ChartBook.Drawn> shown = charts.subList(0, Math.min(charts.size(), room));
        charts(data.folder(), shown, shown.size() < charts.size() ? String.format(Locale.UK,
                "Charts shown for the run: %d of %d; the rest are in %s.", shown.size(), charts.size(), ELSEWHERE)
                : "");
        bullets("Assumptions", PlainWords.assumptions(manifest));
    }

    private void comparison(FolderData data) {
        ComparisonFile cmp = data.comparison();
        ChartContext c = ChartContext.of(cmp);
        title(Decision.question(cmp), "Against " + cmp.inWords(cmp.baseline()) + "\n" + context(c));
        decision(cmp);
        KeyCharts key = keyComparisonCharts(cmp, ChartBook.drawComparison(data.folder(), c));
        charts(data.folder(), key.charts(), key.leftOut());
        whatIfTable(cmp);
        bullets("Assumptions", comparisonAssumptions(cmp));
    }

    /** The decision slide: one sentence per lever on its payer's books, then what the levers save. */
    private void decision(ComparisonFile cmp) {
        List<String> lines = new ArrayList<>(Decision.lines(cmp));
        lines.add(PlainWords.comparisonHeadline(cmp));
        bullets("The decision", lines);
    }

    /** A comparison's key charts, and what the pack leaves to report.html and charts/ in words (empty if nothing). */
    private record KeyCharts(List<ChartBook.Drawn> charts, String leftOut) {
    }

    /**
     * The savings, ensemble, driver and payback charts first, then one waterfall per lever on the books of whoever pays
     * for it (titled with the lever in words, its assumed investment beside it), for the first
     * {@value #MAX_WATERFALLS} levers; then the tornadoes, while the charts number fewer than {@value #MAX_CHARTS}.
     * Whatever the pack leaves out it names, with where it is.
     */
    private static KeyCharts keyComparisonCharts(ComparisonFile cmp, List<ChartBook.Drawn> drawn) {
        List<ChartBook.Drawn> out = new ArrayList<>();
        for (String file : LEAD) {
            drawn.stream().filter(d -> d.file().equals(file)).findFirst().ifPresent(out::add);
        }
        Map<String, BusinessCaseSection> cases = cmp.businessCase() == null ? Map.of() : cmp.businessCase();
        List<String> levers = new ArrayList<>(cases.keySet());
        int shown = Math.min(levers.size(), MAX_WATERFALLS);
        List<ChartBook.Drawn> anyWaterfall = new ArrayList<>();
        for (int k = 0; k < levers.size(); k++) {
            String lever = levers.get(k);
            BusinessCaseSection bc = cases.get(lever);
            anyWaterfall.addAll(waterfalls(drawn, lever, BusinessCaseRows.perspectives(bc)));
            if (k < shown) {
                waterfalls(drawn, lever, List.of(bc.payer())).stream()
                        .map(d -> new ChartBook.Drawn(d.file(), cmp.label(lever) + ": " + BusinessCaseCharts.books(
                                bc.payer()), d.caption() + " " + Decision.investment(bc.payer())))
                        .forEach(out::add);
            }
        }
        List<String> leftOut = new ArrayList<>();
        if (shown < levers.size()) {
            leftOut.add(String.format(Locale.UK, "Waterfalls shown for %d of %d levers, each on the books of whoever "
                    + "pays for it; the other %d levers' are in %s.", shown, levers.size(), levers.size() - shown,
                    ELSEWHERE));
        }
        if (anyWaterfall.size() > shown) {
            leftOut.add("Each lever's waterfall on its other books (the supplier's, the sector's, the UK's) is in "
                    + ELSEWHERE + ".");
        }
        boolean tornadoLeftOut = false;
        for (ChartBook.Drawn d : drawn) {
            if (d.file().startsWith("charts/business-case-tornado-") && !anyWaterfall.contains(d)) {
                if (out.size() < MAX_CHARTS) {
                    out.add(d);
                } else {
                    tornadoLeftOut = true;
                }
            }
        }
        if (tornadoLeftOut) {
            leftOut.add("What moves each lever's business case (its tornado chart) is in " + ELSEWHERE + ".");
        }
        return new KeyCharts(out, String.join(" ", leftOut));
    }

    /** The waterfalls drawn of one lever, one for each of the rows' books, in their order. */
    private static List<ChartBook.Drawn> waterfalls(List<ChartBook.Drawn> drawn, String lever,
                                                    List<BusinessCaseSection.Row> rows) {
        List<ChartBook.Drawn> out = new ArrayList<>();
        for (BusinessCaseSection.Row row : rows) {
            String title = BusinessCaseCharts.waterfallTitle(lever, row);
            drawn.stream().filter(d -> d.file().startsWith("charts/business-case-") && d.title().equals(title))
                    .findFirst().ifPresent(out::add);
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
        t.setAnchor(new Rectangle2D.Double(60, 40, WIDTH - 120, 300));
        // a question of a few words stands large; a long one shrinks to stay above the subtitle
        double size = title.length() <= 60 ? 40.0 : title.length() <= 120 ? 32.0 : title.length() <= 200 ? 26.0 : 20.0;
        for (XSLFTextParagraph p : t.getTextParagraphs()) {
            for (XSLFTextRun r : p.getTextRuns()) {
                r.setFontSize(size);
            }
        }
        XSLFTextShape s = slide.getPlaceholder(1);
        s.setText(subtitle);
        s.setAnchor(new Rectangle2D.Double(60, 360, WIDTH - 120, 120));
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
                r.setFontSize(title.length() <= 56 ? 28.0 : 20.0);
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
        int chars = lines.stream().mapToInt(String::length).sum();
        double size = chars <= 700 ? 18.0 : chars <= 1100 ? 16.0 : chars <= 1500 ? 14.0 : 12.0;
        for (String line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setBullet(lines.size() > 1);
            p.setSpaceAfter(8.0);
            XSLFTextRun r = p.addNewTextRun();
            r.setText(line);
            r.setFontSize(size);
        }
    }

    /**
     * A slide per chart, titled with the chart's title; {@code leftOut}, unless empty, says under the last chart (and
     * in its notes) which charts the pack leaves out and where they are.
     */
    private void charts(Path folder, List<ChartBook.Drawn> charts, String leftOut) {
        for (int k = 0; k < charts.size(); k++) {
            ChartBook.Drawn d = charts.get(k);
            String note = k == charts.size() - 1 ? leftOut : "";
            XSLFSlide slide = slide(d.title());
            // the picture gives up a line to the note
            double below = note.isEmpty() ? 0 : 18;
            try {
                XSLFPictureData png = deck.addPicture(Files.readAllBytes(folder.resolve(d.file())),
                        PictureData.PictureType.PNG);
                XSLFPictureShape pic = slide.createPicture(png);
                double h = HEIGHT - 130 - below;
                double w = h * 1100 / 640;
                pic.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, 80, w, h));
            } catch (IOException e) {
                throw new ReportException("cannot read chart " + d.file() + ": " + IoProblems.describe(e));
            }
            XSLFTextBox caption = slide.createTextBox();
            caption.setAnchor(new Rectangle2D.Double(50, HEIGHT - 48 - below, WIDTH - 100, 40 + below));
            caption.setText(d.caption());
            if (!note.isEmpty()) {
                caption.addNewTextParagraph().addNewTextRun().setText(note);
                for (XSLFTextShape body : deck.getNotesSlide(slide).getPlaceholders()) {
                    if (body.getTextType() == Placeholder.BODY) {
                        body.setText(note);
                    }
                }
            }
            for (XSLFTextParagraph p : caption.getTextParagraphs()) {
                for (XSLFTextRun r : p.getTextRuns()) {
                    r.setFontSize(11.0);
                    r.setFontColor(new Color(0x555555));
                }
            }
        }
    }

    /**
     * Per lever: cost of poor service saved, relationships kept, and the net benefit and payback on the payer's books.
     */
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
                row(table, false, cmp.label(lever), gbp(c.mean(), c.low(), c.high()), k == null ? ""
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
                        + "is multiplied by %,.0f. Figures are a year, scaled to the population, measured over %d "
                        + "days.",
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
                out.add(cmp.label(lever) + ": investment stated " + Formats.gbp(-BusinessCaseRows.orZero(
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
