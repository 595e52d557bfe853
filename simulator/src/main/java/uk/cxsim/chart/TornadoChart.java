package uk.cxsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;

import uk.cxsim.output.Formats;

/**
 * A tornado: how far each assumption, from its low to its high end, moves a lever's net present value on its payer's
 * books, the widest swing on top, with the NPV at the lever's own values and zero (where it stops paying back)
 * marked. XChart draws no horizontal bars, so this chart paints itself; the PNG and SVG writers take it as any chart.
 */
public final class TornadoChart extends Chart<CategoryStyler, CategorySeries> {
    /** One assumption: its words, each end's value in words, and the NPV at each end. */
    public record Bar(String label, String lowText, String highText, double atLow, double atHigh) {
    }

    private static final String FONT = "DejaVu Sans";
    private static final Color LOW = new Color(0xD9822B);
    private static final Color HIGH = new Color(0x2E6DA4);
    private static final Color INK = new Color(0x222222);
    private static final Color GREY = new Color(0x666666);
    /** The dashed line of the net as stated, in the plot and in its legend alike. */
    private static final BasicStroke STATED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0);

    private final String lever;
    private final String books;
    private final double central;
    private final List<Bar> bars;
    private final String footer;
    private final int months;

    /**
     * @param central the NPV at the lever's own values
     * @param bars    the assumptions, widest swing first
     * @param months  the months the NPV counts
     */
    public TornadoChart(String lever, String books, double central, List<Bar> bars, int months, ChartContext context) {
        super(ChartStyle.WIDTH, Math.max(380, 230 + 46 * bars.size()), new CategoryStyler());
        this.lever = lever;
        this.books = books;
        this.central = central;
        this.bars = List.copyOf(bars);
        this.months = months;
        this.footer = context.footer();
        setTitle("What moves the business case of " + lever);
    }

    public List<Bar> bars() {
        return bars;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.BOLD, 20));
        centre(g, getTitle(), width / 2, 32);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        g.setColor(GREY);
        centre(g, "Net present value over the " + months + " months simulated, on " + books + " (as stated: "
                + Formats.gbp(central) + ")", width / 2, 54);
        centre(g, "each assumption at its low and at its high end, one at a time, on the same customers", width / 2,
                72);

        double lo = Math.min(0, central);
        double hi = Math.max(0, central);
        for (Bar b : bars) {
            lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
            hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
        }
        GbpScale gbp = GbpScale.of(Math.max(Math.abs(lo), Math.abs(hi)));
        double unit = gbp.divisor();
        double step = niceStep((hi - lo) / unit / 6) * unit;
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        if (hi - lo < step) {
            hi = lo + step;
        }
        int left = (int) (width * 0.36);
        int right = width - 40;
        int top = 128;
        int rowHeight = 46;
        int bottom = top + rowHeight * bars.size();
        double scale = (right - left) / (hi - lo);

        // the axis: ticks in GBP, a grid, zero and the net as stated
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        for (double v = lo; v <= hi + step / 2; v += step) {
            int x = left + (int) Math.round((v - lo) * scale);
            g.setColor(new Color(0xE5E5E5));
            g.drawLine(x, top - 8, x, bottom);
            g.setColor(GREY);
            centre(g, tick(v, unit), x, bottom + 20);
        }
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.PLAIN, 15));
        centre(g, "Net present value (" + gbp.name() + "; below zero: does not pay back)",
                (left + right) / 2, bottom + 46);
        int zero = left + (int) Math.round((0 - lo) * scale);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(zero, top - 10, zero, bottom);

        for (int k = 0; k < bars.size(); k++) {
            Bar b = bars.get(k);
            int y = top + k * rowHeight;
            int mid = left + (int) Math.round((central - lo) * scale);
            int atLow = left + (int) Math.round((b.atLow() - lo) * scale);
            int atHigh = left + (int) Math.round((b.atHigh() - lo) * scale);
            // both ends on one side: the farther first, so the nearer, drawn over it, leaves it showing beyond
            if (Math.abs(atLow - mid) >= Math.abs(atHigh - mid)) {
                bar(g, mid, atLow, y + 8, LOW);
                bar(g, mid, atHigh, y + 8, HIGH);
            } else {
                bar(g, mid, atHigh, y + 8, HIGH);
                bar(g, mid, atLow, y + 8, LOW);
            }
            g.setColor(INK);
            g.setFont(new Font(FONT, Font.PLAIN, 14));
            String label = fit(g, b.label(), left - 24);
            g.drawString(label, left - 12 - g.getFontMetrics().stringWidth(label), y + 20);
            g.setColor(GREY);
            g.setFont(new Font(FONT, Font.PLAIN, 11));
            String ends = fit(g, b.lowText() + " to " + b.highText(), left - 24);
            g.drawString(ends, left - 12 - g.getFontMetrics().stringWidth(ends), y + 35);
        }
        int mid = left + (int) Math.round((central - lo) * scale);
        g.setColor(INK);
        g.setStroke(STATED);
        g.drawLine(mid, top - 10, mid, bottom);
        g.setStroke(new BasicStroke(1f));

        // the legend, and where the numbers come from
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        int ly = 100;
        legend(g, LOW, "at the assumption's low end", left, ly);
        legend(g, HIGH, "at its high end", left + 250, ly);
        g.setColor(INK);
        g.setStroke(STATED);
        g.drawLine(left + 418, ly - 5, left + 440, ly - 5);
        g.setStroke(new BasicStroke(1f));
        g.drawString("as stated", left + 446, ly);
        g.setColor(GREY);
        g.setFont(new Font(FONT, Font.PLAIN, 12));
        String[] lines = footer.split("\n");
        for (int k = 0; k < lines.length; k++) {
            g.drawString(lines[k], 8, height - 10 - 15 * (lines.length - 1 - k));
        }
    }

    private static void bar(Graphics2D g, int from, int to, int y, Color colour) {
        g.setColor(colour);
        g.fillRect(Math.min(from, to), y, Math.max(1, Math.abs(to - from)), 22);
    }

    private static void legend(Graphics2D g, Color colour, String text, int x, int y) {
        g.setColor(colour);
        g.fillRect(x, y - 11, 16, 12);
        g.setColor(INK);
        g.drawString(text, x + 22, y);
    }

    private static void centre(Graphics2D g, String text, int x, int y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x - m.stringWidth(text) / 2, y);
    }

    /** The text, cut with an ellipsis to fit the width. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && m.stringWidth(t + "...") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String tick(double v, double unit) {
        double x = v / unit;
        String n = Math.abs(x - Math.rint(x)) < 1e-9 ? String.format(Locale.UK, "%,.0f", x)
                : String.format(Locale.UK, "%,.1f", x);
        return n.equals("-0") ? "0" : n;
    }
}
