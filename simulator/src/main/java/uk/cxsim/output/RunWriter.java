package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.csv.CsvWriteOptions;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;

/** Writes a run's tables, summary.json and run.json into a {@link RunFolder}. */
public final class RunWriter {
    /** What each GBP line sums; written with every summary so no figure mixes lines silently. */
    public static final Map<String, String> COST_LINES = Map.of(
            "costOfPoorServiceGbp", "relationships ended for treatment x the sector's annual relationship value "
                    + "(revenue lost to poor service; the headline figure)",
            "acquisitionCostGbp", "relationships lost to treatment x retention cost x acquisition-to-retention ratio "
                    + "(cost of replacing them)",
            "failureDemandGbp", "repeat contacts caused by unresolved issues x cost per contact of their channel",
            "lostSalesGbp", "sales contacts a channel could not take x the sector's sale value",
            "customerTimeGbp", "minutes customers spent waiting, trapped, searching and repeating x "
                    + "costs.customerTimeGbpPerHour / 60 (0 when customer time is not priced)");

    private RunWriter() {
    }

    public static void write(RunFolder folder, RunSummary summary, Map<String, Object> manifest) {
        folder.writeText("run.json", Json.write(manifest));
        folder.writeText("summary.json", Json.write(summaryJson(summary)));
        writeCsv(folder, "timeseries.csv", RunTables.timeseries(summary.record()));
        writeCsv(folder, "sectors.csv", RunTables.sectors(summary));
        writeCsv(folder, "suppliers.csv", RunTables.suppliers(summary));
        writeCsv(folder, "leave_reasons.csv", RunTables.leaveReasons(summary));
        writeCsv(folder, "drivers.csv", RunTables.drivers(summary));
        writeCsv(folder, "hourly.csv", RunTables.hourly(summary));
    }

    /** The summary.json content: headline figures, scaled to the population. */
    public static Map<String, Object> summaryJson(RunSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.record().params().name());
        m.put("customers", s.record().params().customers());
        m.put("population", s.record().params().population());
        m.put("scaleFactor", s.scale());
        m.put("scaling", "counts, minutes and GBP are scaled from the simulated customers to the population "
                + "(multiplied by scaleFactor) and given per year (the measured days annualised); shares, rates and "
                + "means are not scaled");
        m.put("days", s.record().params().days());
        m.put("costOfPoorServiceGbp", s.costOfPoorServiceGbp());
        m.put("relationshipsLostToTreatment", s.relationshipsLostToTreatment());
        m.put("avgValuePerLostRelationshipGbp", s.avgValuePerLostRelationshipGbp());
        m.put("leavers", s.leavers());
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (LeaveReason r : LeaveReason.values()) {
            reasons.put(r.key(), s.leaveShare(r));
        }
        m.put("leaveReasonShares", reasons);
        Map<String, Object> drivers = new LinkedHashMap<>();
        for (Driver d : Driver.values()) {
            drivers.put(d.key(), s.driverShare(d));
        }
        m.put("driverShares", drivers);
        m.put("driverSharesMeaning", "share of treatment leavers whose largest source of frustration was each driver");
        m.put("meanMinutesTrappedInIvr", s.meanMinutesTrappedInIvr());
        m.put("meanWaitMinutes", s.meanWaitMinutes());
        m.put("abandonRate", s.abandonRate());
        m.put("acquisitionCostGbp", s.acquisitionCostGbp());
        m.put("failureDemandGbp", s.failureDemandGbp());
        m.put("lostSalesGbp", s.lostSalesGbp());
        m.put("customerTimeGbp", s.customerTimeGbp());
        m.put("costLines", new java.util.TreeMap<>(COST_LINES));
        Map<String, Object> minutes = new LinkedHashMap<>();
        Map<String, Double> f = s.figures();
        for (String k : f.keySet()) {
            if (k.startsWith("customerMinutes.")) {
                minutes.put(k.substring("customerMinutes.".length()), f.get(k));
            }
        }
        m.put("customerMinutes", minutes);
        m.put("contacts", f.get("contacts"));
        m.put("repeatContacts", f.get("repeatContacts"));
        m.put("lostProspects", f.get("lostProspects"));
        m.put("wonBack", f.get("wonBack"));
        List<Object> sectors = new ArrayList<>();
        for (RunSummary.SectorFigures sf : s.sectors()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", sf.name());
            row.put("costOfPoorServiceGbp", sf.costOfPoorServiceGbp());
            row.put("relationshipsLostToTreatment", sf.relationshipsLostToTreatment());
            row.put("leavers", sf.leavers());
            row.put("acquisitionCostGbp", sf.acquisitionCostGbp());
            row.put("failureDemandGbp", sf.failureDemandGbp());
            row.put("lostSalesGbp", sf.lostSalesGbp());
            sectors.add(row);
        }
        m.put("sectors", sectors);
        return m;
    }

    private static void writeCsv(RunFolder folder, String name, Table table) {
        for (var column : table.columns()) {
            if (column instanceof DoubleColumn d) {
                DecimalFormat plain = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
                d.setPrintFormatter(new NumberColumnFormatter(plain, ""));
            }
        }
        try {
            table.write().csv(CsvWriteOptions.builder(folder.staging().resolve(name).toFile())
                    .usePrintFormatters(true).build());
        } catch (RuntimeException e) {
            throw new OutputException("cannot write " + name + ": " + e.getMessage(), e);
        }
    }
}
