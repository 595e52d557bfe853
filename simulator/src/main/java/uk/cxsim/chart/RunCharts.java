package uk.cxsim.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import uk.cxsim.metrics.Interval;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;

/** The charts of one run, one method each. Bars carry 95% CI error bars when there are several replications. */
public final class RunCharts {
    /** Bar labels for the reasons for leaving (LeaveReason order). */
    private static final String[] SHORT_REASONS = {"Treatment", "Product", "Competitor offer", "Natural switcher",
        "Stopped using", "Died"};

    private RunCharts() {
    }

    /** Why customers leave: the six reasons as a share of all leavers. */
    public static CategoryChart whyCustomersLeave(Map<String, FolderData.Figure> f, ChartContext c) {
        CategoryChart chart = bars("Why customers leave", "Reason for leaving", "Share of all leavers (%)", c);
        List<String> names = new ArrayList<>();
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            names.add(SHORT_REASONS[r.ordinal()]);
        }
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            FolderData.Figure fig = f.get("leaveReasonShares." + r.key());
            String name = SHORT_REASONS[r.ordinal()];
            oneBar(chart, name, names, name, 100 * fig.mean(), 100 * fig.halfWidth(), c)
                    .setFillColor(Palette.reason(r));
        }
        chart.getStyler().setYAxisDecimalPattern("#0'%'");
        return chart;
    }

    /** Cost of poor service by sector, largest first. */
    public static CategoryChart costBySector(Map<String, FolderData.Figure> f, List<String> sectors, ChartContext c) {
        CategoryChart chart = bars("Cost of poor service by sector", "Sector",
                "Revenue lost to poor service (GBP bn a year)", c);
        List<String> order = new ArrayList<>(sectors);
        order.sort(Comparator.comparingDouble((String s) -> -f.get(sectorKey(s)).mean()));
        for (String s : order) {
            FolderData.Figure fig = f.get(sectorKey(s));
            oneBar(chart, s, order, s, fig.mean() / 1e9, fig.halfWidth() / 1e9, c)
                    .setFillColor(Palette.sector(sectors, s));
        }
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisDecimalPattern("#0.0");
        return chart;
    }

    /** The misery that weighed most with customers who left because of treatment, ranked. */
    public static CategoryChart drivers(Map<String, FolderData.Figure> f, ChartContext c) {
        CategoryChart chart = bars("What drove customers away: breakdown drivers ranked", "Largest source of "
                + "frustration",
                "Share of treatment leavers (%)", c);
        List<Driver> order = new ArrayList<>(List.of(Driver.values()));
        order.sort(Comparator.comparingDouble((Driver d) -> -f.get("driverShares." + d.key()).mean()));
        List<String> names = order.stream().map(Driver::label).toList();
        for (Driver d : order) {
            FolderData.Figure fig = f.get("driverShares." + d.key());
            oneBar(chart, d.label(), names, d.label(), 100 * fig.mean(), 100 * fig.halfWidth(), c)
                    .setFillColor(Palette.driver(d));
        }
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern("#0'%'");
        return chart;
    }

    /** Customers of each supplier of one sector, day by day (mean over replications). */
    public static XYChart customersBySupplier(Table timeseries, String sector, ChartContext c) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Customers by supplier over time: " + sector).xAxisTitle("Day of the measured period")
                .yAxisTitle("Customers (millions)").build();
        ChartStyle.apply(chart, c);
        Map<String, TreeMap<Integer, double[]>> bySupplier = new LinkedHashMap<>();
        StringColumn sectors = timeseries.stringColumn("sector");
        StringColumn metrics = timeseries.stringColumn("metric");
        StringColumn suppliers = timeseries.stringColumn("supplier");
        IntColumn dayOf = timeseries.intColumn("day");
        NumericColumn<?> values = timeseries.numberColumn("value");
        for (int r = 0; r < timeseries.rowCount(); r++) {
            if (!sectors.get(r).equals(sector) || !metrics.get(r).equals("customers")) {
                continue;
            }
            double[] acc = bySupplier.computeIfAbsent(suppliers.get(r), k -> new TreeMap<>())
                    .computeIfAbsent(dayOf.get(r), k -> new double[2]);
            acc[0] += values.getDouble(r);
            acc[1]++;
        }
        if (bySupplier.isEmpty()) {
            throw new ChartException("no customers recorded for sector " + sector);
        }
        int k = 0;
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : bySupplier.entrySet()) {
            List<Integer> days = new ArrayList<>(e.getValue().keySet());
            List<Double> millions = e.getValue().values().stream().map(a -> a[0] / a[1] / 1e6).toList();
            XYSeries s = chart.addSeries(e.getKey(), days, millions);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.series(k++));
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisDecimalPattern("#0.0");
        // label every eighth week, so the day numbers do not run into each other (a blank label
        // is a single space: the chart library cannot lay out an empty string)
        chart.getStyler().setxAxisTickLabelsFormattingFunction(
                day -> Math.round(day) % 56 == 0 ? String.valueOf(Math.round(day)) : " ");
        return chart;
    }

    /**
     * Phone waiting time, the share answered within target and the share who hang up, by hour of day over the
     * hours the channel takes calls; each with its 95% interval over the replications.
     */
    public static XYChart serviceByHour(Table hourly, String channel, ChartContext c) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Service level and waiting by hour of day (" + channel + ")").xAxisTitle("Hour of day")
                .yAxisTitle("Share of calls (%)").build();
        ChartStyle.apply(chart, c);
        Map<Integer, Interval> level = HourlyMeans.of(hourly, channel, "shareAnsweredWithinTarget", 100);
        if (level.isEmpty()) {
            throw new ChartException("no " + channel + " calls recorded");
        }
        Map<Integer, Interval> target = HourlyMeans.of(hourly, channel, "serviceLevelTarget", 100);
        Map<Integer, Interval> abandon = HourlyMeans.of(hourly, channel, "abandonRate", 100);
        Map<Integer, Interval> wait = HourlyMeans.of(hourly, channel, "meanWaitMinutes", 60);
        List<Integer> hours = new ArrayList<>(level.keySet());
        boolean intervals = c.replications() > 1;
        XYSeries l = withInterval(chart, "Answered within\ntarget time (%)", hours, level, intervals);
        l.setLineColor(Palette.SAVING);
        l.setMarkerColor(Palette.SAVING);
        XYSeries t = chart.addSeries("Service-level\ntarget (%)", hours, ErrorBars.means(target.values()));
        t.setLineColor(Palette.SAVING);
        t.setMarker(SeriesMarkers.NONE);
        t.setLineStyle(SeriesLines.DASH_DASH);
        XYSeries a = withInterval(chart, "Hang up before\nanswered (%)", hours, abandon, intervals);
        a.setLineColor(Palette.LOSS);
        a.setMarkerColor(Palette.LOSS);
        XYSeries w = withInterval(chart, "Mean wait (seconds,\nright axis)", hours, wait, intervals);
        w.setYAxisGroup(1);
        w.setLineColor(Palette.NEUTRAL);
        w.setMarkerColor(Palette.NEUTRAL);
        chart.setYAxisGroupTitle(1, "Mean wait (seconds)");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setErrorBarsColor(new java.awt.Color(0x333333));
        chart.getStyler().setYAxisMin(0, 0.0);
        chart.getStyler().setYAxisMax(0, 100.0);
        chart.getStyler().setYAxisMin(1, 0.0);
        chart.getStyler().setYAxisDecimalPattern("#0");
        chart.getStyler().putYAxisGroupDecimalPatternMap(1, "#0");
        // the hours the channel is open, with an hour either side
        chart.getStyler().setXAxisMin((double) Math.max(0, hours.get(0) - 1));
        chart.getStyler().setXAxisMax((double) Math.min(23, hours.get(hours.size() - 1) + 1));
        return chart;
    }

    private static XYSeries withInterval(XYChart chart, String name, List<Integer> hours, Map<Integer, Interval> m,
                                         boolean intervals) {
        return intervals ? chart.addSeries(name, hours, ErrorBars.means(m.values()), ErrorBars.halfWidths(m.values()))
                : chart.addSeries(name, hours, ErrorBars.means(m.values()));
    }

    /** Relationships at each rung of the loyalty ladder at the start and end of the measured period. */
    public static CategoryChart loyaltyLadder(Table timeseries, ChartContext c) {
        CategoryChart chart = bars("The loyalty ladder: start and end of the period", "Loyalty stage",
                "Relationships (millions)", c);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        IntColumn days = timeseries.intColumn("day");
        StringColumn metrics = timeseries.stringColumn("metric");
        NumericColumn<?> values = timeseries.numberColumn("value");
        for (int r = 0; r < timeseries.rowCount(); r++) {
            int d = days.get(r);
            first = Math.min(first, d);
            last = Math.max(last, d);
        }
        List<String> stages = new ArrayList<>();
        for (LoyaltyStage s : LoyaltyStage.values()) {
            if (s != LoyaltyStage.PROSPECT) {
                stages.add(s.key());
            }
        }
        // relationships at each rung on the first and last day, per replication, in millions
        List<Integer> reps = timeseries.intColumn("replication").unique().asList().stream().sorted().toList();
        IntColumn replication = timeseries.intColumn("replication");
        double[][] start = new double[stages.size()][reps.size()];
        double[][] end = new double[stages.size()][reps.size()];
        for (int r = 0; r < timeseries.rowCount(); r++) {
            String m = metrics.get(r);
            if (!m.startsWith("customers.")) {
                continue;
            }
            int k = stages.indexOf(m.substring("customers.".length()));
            int d = days.get(r);
            int rep = reps.indexOf(replication.get(r));
            double v = values.getDouble(r) / 1e6;
            if (d == first) {
                start[k][rep] += v;
            }
            if (d == last) {
                end[k][rep] += v;
            }
        }
        List<String> labels = stages.stream().map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).toList();
        rungs(chart, "First measured day", labels, start, c).setFillColor(Palette.series(0));
        rungs(chart, "Last measured day", labels, end, c).setFillColor(Palette.series(1));
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisDecimalPattern("#0");
        return chart;
    }

    /** One bar per rung: the mean over the replications, with its 95% interval when there are several. */
    private static CategorySeries rungs(CategoryChart chart, String name, List<String> labels, double[][] byRung,
                                       ChartContext c) {
        List<Interval> rungs = Arrays.stream(byRung).map(Interval::of).toList();
        return c.replications() > 1 ? chart.addSeries(name, labels, ErrorBars.means(rungs), ErrorBars.halfWidths(rungs))
                : chart.addSeries(name, labels, ErrorBars.means(rungs));
    }

    static CategoryChart bars(String title, String xTitle, String yTitle, ChartContext c) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        ChartStyle.apply(chart, c);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setErrorBarsColor(new java.awt.Color(0x333333));
        return chart;
    }

    /** A series with one bar at {@code category} (zero elsewhere), so each bar can have its own colour. */
    static CategorySeries oneBar(CategoryChart chart, String name, List<String> categories, String category,
                                 double value, double halfWidth, ChartContext c) {
        List<Double> y = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        for (String cat : categories) {
            y.add(cat.equals(category) ? value : 0.0);
            e.add(cat.equals(category) ? halfWidth : 0.0);
        }
        return c.replications() > 1 ? chart.addSeries(name, categories, y, e) : chart.addSeries(name, categories, y);
    }

    private static String sectorKey(String sector) {
        return "sectors." + sector + ".costOfPoorServiceGbp";
    }
}
