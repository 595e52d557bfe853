package uk.cxsim.output;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.csv.CsvWriteOptions;

import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SteadyState;
import uk.cxsim.metrics.TallyRows;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;

/** Writes a run's tables, summary.json and run.json into a {@link RunFolder}. */
public final class RunWriter {
    /** What each GBP line sums; written with every summary so no figure mixes lines silently. */
    public static final Map<String, String> COST_LINES = Map.of(
            "costOfPoorServiceGbp", "relationships ended for treatment x the sector's annual relationship value "
                    + "(revenue lost to poor service; the headline figure)",
            "acquisitionCostGbp", "relationships lost to treatment x the sector's acquisition cost (cost of "
                    + "replacing them)",
            "puttingRightGbp", "formal complaints x (handling + redress + ombudsman share x case fee), at each "
                    + "sector's prices (the cost of putting poor service right)",
            "failureDemandGbp", "avoidable contacts (repeats of unresolved issues, retries after hanging up, transfers, "
                    + "channel switches) x cost per contact of their channel",
            "lostSalesGbp", "sales contacts a channel could not take x the sector's sale value",
            "customerTimeGbp", "minutes customers spent waiting, trapped, searching and repeating x "
                    + "costs.customerTimeGbpPerHour / 60 (0 when customer time is not priced)");

    private RunWriter() {
    }

    /**
     * Writes every replication's tables (with a replication column), summary.json (means over replications, and a
     * 95% confidence interval for every figure, and for each of {@code alsoFigures} the runs can work out, such as
     * the figures evidence is checked on), figures.csv, replications.csv and run.json.
     */
    public static void write(RunFolder folder, List<RunSummary> runs, Map<String, Object> manifest,
                             List<String> alsoFigures) {
        folder.writeText("run.json", Json.write(manifest));
        ReplicatedFigures figures = new ReplicatedFigures(runs);
        folder.writeText("summary.json", Json.write(replicatedSummary(runs, figures, alsoFigures)));
        writeCsv(folder, "figures.csv", figuresTable(figures));
        writeCsv(folder, "replications.csv", replicationsTable(runs));
        writeCsv(folder, "timeseries.csv", stacked(runs, s -> RunTables.timeseries(s.record()), false));
        writeCsv(folder, "sectors.csv", stacked(runs, RunTables::sectors, true));
        writeCsv(folder, "suppliers.csv", stacked(runs, RunTables::suppliers, true));
        writeCsv(folder, "leave_reasons.csv", stacked(runs, RunTables::leaveReasons, true));
        writeCsv(folder, "drivers.csv", stacked(runs, RunTables::drivers, true));
        writeCsv(folder, "hourly.csv", stacked(runs, RunTables::hourly, true));
        writeCsv(folder, "segments.csv", stacked(runs, RunTables::segments, true));
    }

    /**
     * Means over replications of every number in the per-replication summaries, plus CIs for every figure and for
     * each of {@code alsoFigures} the runs can work out.
     */
    public static Map<String, Object> replicatedSummary(List<RunSummary> runs, ReplicatedFigures figures,
                                                        List<String> alsoFigures) {
        List<Object> trees = new ArrayList<>();
        for (RunSummary r : runs) {
            trees.add(summaryJson(r));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) average(trees);
        m.put("replications", runs.size());
        Map<String, Object> ci = new LinkedHashMap<>();
        figures.all().forEach((k, v) -> ci.put(k, interval(v)));
        for (String name : alsoFigures) {
            if (!ci.containsKey(name) && figures.has(name)) {
                ci.put(name, interval(figures.get(name)));
            }
        }
        m.put("confidenceIntervals", ci);
        m.put("confidenceIntervalsMeaning", "mean over replications, standard deviation and 95% Student-t "
                + "confidence interval of the mean; empty with a single replication");
        return m;
    }

    private static Map<String, Object> interval(Interval v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mean", v.mean());
        row.put("sd", v.sd());
        row.put("ci95Low", v.low());
        row.put("ci95High", v.high());
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Object average(List<Object> values) {
        Object first = values.get(0);
        if (first instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Object key : m.keySet()) {
                List<Object> column = new ArrayList<>();
                for (Object v : values) {
                    column.add(((Map<String, Object>) v).get(key));
                }
                out.put((String) key, average(column));
            }
            return out;
        }
        if (first instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < l.size(); k++) {
                List<Object> column = new ArrayList<>();
                for (Object v : values) {
                    column.add(((List<Object>) v).get(k));
                }
                out.add(average(column));
            }
            return out;
        }
        if (first instanceof Double || first instanceof Float) {
            double sum = 0;
            for (Object v : values) {
                sum += ((Number) v).doubleValue();
            }
            return sum / values.size();
        }
        return first;
    }

    private static Table figuresTable(ReplicatedFigures figures) {
        StringColumn metric = StringColumn.create("metric");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn sd = DoubleColumn.create("sd");
        DoubleColumn low = DoubleColumn.create("ci95Low");
        DoubleColumn high = DoubleColumn.create("ci95High");
        IntColumn n = IntColumn.create("replications");
        figures.all().forEach((k, v) -> {
            metric.append(k);
            mean.append(v.mean());
            sd.append(v.sd());
            low.append(v.low());
            high.append(v.high());
            n.append((int) v.n());
        });
        return Table.create("figures", metric, mean, sd, low, high, n);
    }

    private static Table replicationsTable(List<RunSummary> runs) {
        IntColumn replication = IntColumn.create("replication");
        StringColumn metric = StringColumn.create("metric");
        DoubleColumn value = DoubleColumn.create("value");
        for (RunSummary r : runs) {
            r.figures().forEach((k, v) -> {
                replication.append(r.record().replication());
                metric.append(k);
                value.append(v);
            });
        }
        return Table.create("replications", replication, metric, value);
    }

    /** One table per replication, stacked, with a leading replication column where the table lacks one. */
    private static Table stacked(List<RunSummary> runs, Function<RunSummary, Table> table, boolean addColumn) {
        Table all = null;
        for (RunSummary r : runs) {
            Table t = table.apply(r);
            if (addColumn) {
                IntColumn rep = IntColumn.create("replication");
                for (int k = 0; k < t.rowCount(); k++) {
                    rep.append(r.record().replication());
                }
                t.insertColumn(0, rep);
            }
            all = all == null ? t : all.append(t);
        }
        return all;
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
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            reasons.put(r.key(), s.leaveShare(r));
        }
        m.put("leaveReasonShares", reasons);
        m.put("leaveReasonSharesMeaning", "share of leavers for each of the evidence's six reasons; customers won "
                + "back by a former supplier are counted apart, in wonBackFromRivals");
        m.put("wonBackFromRivals", s.leavers(LeaveReason.WON_BACK));
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
        m.put("puttingRightGbp", s.puttingRightGbp());
        m.put("complaints", s.total(uk.cxsim.metrics.Metric.COMPLAINTS));
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
        m.put("suppliers", suppliersJson(s));
        m.put("operations", operationsJson(f));
        m.put("steadyState", steadyStateJson(s));
        return m;
    }

    private static Map<String, Object> operationsJson(Map<String, Double> f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agentHoursOnDuty", f.get("agentHoursOnDuty"));
        m.put("agentHoursPaid", f.get("agentHoursPaid"));
        m.put("answeredWithinTargetShare", f.get("serviceLevel.answeredWithinTargetShare"));
        m.put("phoneHoursMeetingTargetShare", f.get("serviceLevel.phoneHoursMeetingTargetShare"));
        m.put("phonePeakHourAbandonShare", f.get("serviceLevel.phonePeakHourAbandonShare"));
        m.put("avoidableContacts", f.get("avoidableContacts"));
        Map<String, Object> failure = new LinkedHashMap<>();
        for (String kind : List.of("repeats", "retries", "transfers", "channelSwitches")) {
            failure.put(kind + "Gbp", f.get("failureDemand." + kind + "Gbp"));
        }
        m.put("failureDemandByKind", failure);
        m.put("meaning", "agent hours a year scaled to the population (paid = on duty / (1 - shrinkage)); service "
                + "level = share of queued calls answered within their supplier's threshold; an hour meets its target "
                + "when within 5 points of it; failure demand = avoidable contacts x cost per contact of their channel");
        return m;
    }

    private static Map<String, Object> steadyStateJson(RunSummary s) {
        SteadyState st = s.steadyState();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relationshipsChangePct", st.relationshipsChangePct());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (int k = 0; k < SteadyState.STAGES.size(); k++) {
            stages.put(SteadyState.STAGES.get(k).key(), st.loyaltyShareChangePts()[k]);
        }
        m.put("loyaltyShareChangePts", stages);
        m.put("treatmentLeaversChangePct", st.treatmentLeaversChangePct());
        m.put("meaning", "change over the measured days of relationships held (%), of each loyalty stage's share of "
                + "relationships (percentage points), and of treatment leavers from the first quarter of the measured "
                + "days to the last (%); near zero in a steady state");
        return m;
    }

    private static List<Object> suppliersJson(RunSummary s) {
        List<Object> out = new ArrayList<>();
        RunRecord r = s.record();
        TallyRows t = s.supplierFigures();
        int g = 0;
        for (SectorParams sector : r.params().sectors()) {
            for (SupplierParams sp : sector.suppliers()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("sector", sector.name());
                row.put("name", sp.name());
                row.put("customersStart", r.measureStartCustomers()[g] * s.scale());
                row.put("customersEnd", r.last().customers()[g] * s.scale());
                row.put("relationshipsLostToTreatment", t.total(g, Metric.LEFT_TREATMENT));
                row.put("costOfPoorServiceGbp", s.supplierCostOfPoorServiceGbp(g, sector));
                row.put("joined", t.total(g, Metric.JOINED));
                row.put("prospects", t.total(g, Metric.PROSPECTS));
                row.put("lostProspects", t.total(g, Metric.LOST_PROSPECTS));
                row.put("referrals", t.total(g, Metric.REFERRALS));
                row.put("joinedByReferral", t.total(g, Metric.JOINED_BY_REFERRAL));
                row.put("failureDemandGbp", t.total(g, Metric.FAILURE_DEMAND_GBP));
                row.put("agentHoursPaid", t.total(g, Metric.AGENT_HOURS_PAID));
                out.add(row);
                g++;
            }
        }
        return out;
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
