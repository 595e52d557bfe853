package uk.cxsim.chart;

import static uk.cxsim.chart.BusinessCaseRows.orZero;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.Table;

import uk.cxsim.output.Formats;
import uk.cxsim.output.RunTables;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.EnsembleSection;
import uk.cxsim.results.RangesSection;

/**
 * Draws every chart an output folder's files allow into its {@code charts/} folder, and says what it drew, in
 * reading order, for the report.
 */
public final class ChartBook {
    /** One chart drawn: its file (PNG; an SVG sits beside it) and what it shows. */
    public record Drawn(String file, String title, String caption) {
    }

    private ChartBook() {
    }

    /** The charts of a run: why customers leave, cost by sector, drivers, ladder, service by hour, customers. */
    public static List<Drawn> drawRun(Path folder) {
        FolderData data = new FolderData(folder);
        ChartContext c = ChartContext.of(data.run());
        Map<String, FolderData.Figure> f = data.figures();
        List<String> sectors = data.sectors();
        ChartBatch batch = new ChartBatch(folder);
        List<Drawn> out = new ArrayList<>();
        out.add(batch.add("why-customers-leave", RunCharts.whyCustomersLeave(f, c),
                "Reasons relationships ended, as a share of all leavers in the year."));
        out.add(batch.add("cost-by-sector", RunCharts.costBySector(f, sectors, c),
                "Revenue lost to poor service: relationships ended for treatment times the sector's annual value."));
        out.add(batch.add("breakdown-drivers", RunCharts.drivers(f, c),
                "For customers who left because of how they were treated: the misery that weighed most."));
        // the time-series charts draw relationships held, by supplier and by loyalty stage
        Table timeseries = data.table("timeseries.csv", RunTables.timeseriesColumns(), "metric",
                metric -> metric.startsWith("customers"));
        out.add(batch.add("loyalty-ladder", RunCharts.loyaltyLadder(timeseries, c),
                "Relationships at each rung of the ladder on the first and last measured day."));
        Table hourly = data.table("hourly.csv");
        out.add(batch.add("service-by-hour", RunCharts.serviceByHour(hourly, "phone", c),
                "Phone queues hour by hour: how long callers wait, and how many hang up first."));
        for (String s : sectors) {
            out.add(batch.add("customers-by-supplier-" + ChartWriter.slug(s),
                    RunCharts.customersBySupplier(timeseries, s, c),
                    "Each " + s + " supplier's customers over the measured period."));
        }
        batch.writeAll();
        return out;
    }

    /** What-if savings of a comparison folder (comparison.json). */
    public static List<Drawn> drawComparison(Path folder, ChartContext c) {
        FolderData data = new FolderData(folder);
        ComparisonFile comparison = data.comparison();
        ChartBatch batch = new ChartBatch(folder);
        List<Drawn> out = new ArrayList<>();
        for (String figure : List.of("costOfPoorServiceGbp", "failureDemandGbp")) {
            List<ExperimentCharts.Saving> savings = new ArrayList<>(ExperimentCharts.savings(comparison, figure)
                    .values());
            if (!savings.isEmpty()) {
                String name = figure.equals("costOfPoorServiceGbp") ? "what-if-savings" : "what-if-" + ChartWriter
                        .slug(figure);
                out.add(batch.add(name, ExperimentCharts.whatIf(savings, figure, c),
                        "GBP a year each what-if saves on the "
                                + ExperimentCharts.label(figure).toLowerCase(java.util.Locale.UK)
                                + " against the baseline, with the 95% CI of the paired difference."));
            }
        }
        Map<String, ComparisonFile.Figure> byDriver = comparison.headlineRows("treatmentLeaversByDriver."
                + uk.cxsim.model.Driver.REPEAT_INFORMATION.key());
        if (!byDriver.isEmpty() && byDriver.size() <= ExperimentCharts.MAX_DRIVER_VARIANTS) {
            out.add(batch.add("what-if-drivers", ExperimentCharts.drivers(comparison, c), "Relationships lost to "
                    + "treatment a year by the misery that weighed most with each leaver: each lever's change against "
                    + "the baseline, with the 95% CI of the paired difference."));
        }
        out.addAll(drawBusinessCases(comparison, c, batch));
        List<EnsembleRangeChart.Range> ranges = ensembleRanges(comparison);
        if (!ranges.isEmpty()) {
            int members = comparison.ensemble().members();
            out.add(batch.add("what-if-across-ensemble", EnsembleRangeChart.of(ranges, members, c), "The net "
                    + "benefit to the UK of each lever in each of the " + members + " parameter sets of the ensemble "
                    + "(worlds that all fit the evidence): the bar spans the 5th to the 95th percentile, the diamond "
                    + "is the median; beside each lever, the share of worlds where it pays back."));
        }
        batch.writeAll();
        return out;
    }

    /** Each lever's UK net benefit across the ensemble's members, if the comparison ran on an ensemble. */
    static List<EnsembleRangeChart.Range> ensembleRanges(ComparisonFile comparison) {
        List<EnsembleRangeChart.Range> out = new ArrayList<>();
        EnsembleSection ensemble = comparison.ensemble();
        if (ensemble == null) {
            return out;
        }
        ensemble.variants().forEach((name, v) -> {
            EnsembleSection.Case row = v.uk();
            if (row != null) {
                EnsembleSection.Spread net = row.netBenefitGbpPerYear();
                out.add(new EnsembleRangeChart.Range(name, net.p5(), net.median(), net.p95(), row.paysBackShare()));
            }
        });
        return out;
    }

    /** Per lever, the waterfall of its business case for the supplier, sector and UK; then the payback of all. */
    private static List<Drawn> drawBusinessCases(ComparisonFile comparison, ChartContext c, ChartBatch batch) {
        List<Drawn> out = new ArrayList<>();
        Map<String, BusinessCaseSection> cases = comparison.businessCase();
        if (cases == null) {
            return out;
        }
        List<BusinessCaseCharts.Payback> paybacks = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, BusinessCaseSection> e : cases.entrySet()) {
            String lever = e.getKey();
            List<BusinessCaseSection.Row> shown = BusinessCaseRows.perspectives(e.getValue());
            for (BusinessCaseSection.Row row : shown) {
                out.add(batch.add("business-case-" + ChartWriter.slug(lever) + "-" + row.perspective(),
                        BusinessCaseCharts.waterfall(lever, row, c), "The business case of " + lever + " on "
                                + BusinessCaseCharts.books(row) + ", GBP a year: each profit line (a cost below "
                                + "zero), the net benefit (with its 95% CI), then the one-off investment."));
            }
            BusinessCaseSection.Row payer = e.getValue().payer();
            double oneOff = -payer.investmentOneOffGbp();
            // only a lever with something to repay has a payback; each keeps its colour (its place in the comparison)
            if (oneOff > 0) {
                Double[] range = BusinessCaseRows.paybackRange(payer);
                paybacks.add(new BusinessCaseCharts.Payback(lever, payer.name(), oneOff,
                        BusinessCaseRows.numbers(payer.cumulativeNetGbpByMonth()), k,
                        range == null ? null : range[0], range == null ? null : range[1]));
            }
            k++;
        }
        out.addAll(drawTornadoes(comparison, c, batch));
        if (!paybacks.isEmpty()) {
            out.add(batch.add("business-case-payback", BusinessCaseCharts.payback(paybacks, c),
                    "Each lever with a one-off investment: its cumulative net benefit after paying it, on the books of "
                            + "whoever pays (the UK when every supplier does); a line crossing zero has paid back. "
                            + BusinessCaseCharts.paybackRanges(paybacks)));
        }
        return out;
    }

    /** Per lever with ranges (compare --ranges): how far each assumption moves its net benefit, widest first. */
    private static List<Drawn> drawTornadoes(ComparisonFile comparison, ChartContext c, ChartBatch batch) {
        List<Drawn> out = new ArrayList<>();
        Map<String, RangesSection> ranges = comparison.ranges();
        if (ranges == null) {
            return out;
        }
        ranges.forEach((lever, r) -> {
            List<TornadoChart.Bar> bars = new ArrayList<>();
            for (RangesSection.Row row : r.rows()) {
                bars.add(new TornadoChart.Bar(row.label(), Formats.setting(row.key(), orZero(row.low().value())),
                        Formats.setting(row.key(), orZero(row.high().value())),
                        orZero(row.low().npvGbp()), orZero(row.high().npvGbp())));
            }
            String books = BusinessCaseCharts.books(r);
            BusinessCaseSection bc = comparison.businessCase().get(lever);
            int months = bc == null ? 0 : bc.monthsAppraised();
            bars.sort(java.util.Comparator.comparingDouble((TornadoChart.Bar b) -> -Math.abs(b.atHigh() - b.atLow())));
            out.add(batch.add("business-case-tornado-" + ChartWriter.slug(lever), new TornadoChart(lever, books,
                    orZero(r.npvGbp()), bars, months, c), "What moves the business case of " + lever
                    + " on " + books + ": its net present value at the low and the high end of each assumption it "
                    + "states with a range, one at a time on the same customers, the widest first; below zero it "
                    + "does not pay back."));
        });
        return out;
    }

    /** Response curves of a sweep folder (sweep.csv): each output against the first parameter. */
    public static List<Drawn> drawSweep(Path folder, List<String> parameters, List<String> outputs, ChartContext c) {
        FolderData data = new FolderData(folder);
        if (!data.has("sweep.csv")) {
            return List.of();
        }
        Table sweep = data.table("sweep.csv");
        ChartBatch batch = new ChartBatch(folder);
        List<Drawn> out = new ArrayList<>();
        for (String output : outputs) {
            boolean gbp = output.endsWith("Gbp");
            for (int p = 0; p < parameters.size(); p++) {
                String other = parameters.size() > 1 ? parameters.get(p == 0 ? 1 : 0) : null;
                String name = "sweep-" + ChartWriter.slug(output) + "-vs-" + ChartWriter.slug(parameters.get(p));
                out.add(batch.add(name,
                        ExperimentCharts.sweepResponse(sweep, parameters.get(p), other, output,
                                gbp ? "GBP bn a year" : unit(output), gbp ? 1e9 : 1, c),
                        output + " at each value of " + parameters.get(p) + " (mean over replications"
                                + (other == null ? "" : ", one line per value of " + other) + ")."));
            }
        }
        batch.writeAll();
        return out;
    }

    /** A tornado chart per output of a sensitivity folder (sensitivity.csv). */
    public static List<Drawn> drawSensitivity(Path folder, String method, ChartContext c) {
        FolderData data = new FolderData(folder);
        Table t = data.table("sensitivity.csv");
        String index = method.equals("morris") ? "mu*" : "ST";
        Map<String, List<ExperimentCharts.Importance>> byOutput = new java.util.LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (!t.stringColumn("index").get(r).equals(index)) {
                continue;
            }
            byOutput.computeIfAbsent(t.stringColumn("output").get(r), k -> new ArrayList<>()).add(
                    new ExperimentCharts.Importance(t.stringColumn("parameter").get(r),
                            t.numberColumn("value").getDouble(r), missing(t, "ci95Low", r), missing(t, "ci95High", r)));
        }
        ChartBatch batch = new ChartBatch(folder);
        List<Drawn> out = new ArrayList<>();
        byOutput.forEach((output, list) -> out.add(batch.add("sensitivity-tornado-" + ChartWriter.slug(output),
                ExperimentCharts.tornado(list, output, index, c), "Parameters ranked by " + index + " for " + output
                        + ", with bootstrap 95% intervals.")));
        batch.writeAll();
        return out;
    }

    private static double missing(Table t, String column, int r) {
        return t.column(column).isMissing(r) ? Double.NaN : t.numberColumn(column).getDouble(r);
    }

    private static String unit(String output) {
        if (output.contains("Shares") || output.endsWith("Rate")) {
            return "share";
        }
        return output.contains("Minutes") ? "minutes" : "per year";
    }
}
