package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.results.Means;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;

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
            "failureDemandGbp", "avoidable contacts (repeats of unresolved issues, retries after hanging up, "
                    + "transfers, channel switches) x cost per contact of their channel",
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
    public static void write(RunFolder folder, List<RunSummary> runs, RunFile manifest, List<String> alsoFigures) {
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
    public static SummaryFile replicatedSummary(List<RunSummary> runs, ReplicatedFigures figures,
                                                List<String> alsoFigures) {
        SummaryFile mean = Means.of(SummaryFile.class, runs.stream().map(RunWriter::summaryJson).toList());
        Map<String, SummaryFile.FigureInterval> ci = new LinkedHashMap<>();
        figures.all().forEach((k, v) -> ci.put(k, interval(v)));
        for (String name : alsoFigures) {
            if (!ci.containsKey(name) && figures.has(name)) {
                ci.put(name, interval(figures.get(name)));
            }
        }
        return mean.replicated(runs.size(), ci, "mean over replications, standard deviation and 95% Student-t "
                + "confidence interval of the mean; empty with a single replication");
    }

    private static SummaryFile.FigureInterval interval(Interval v) {
        return new SummaryFile.FigureInterval(v.mean(), v.sd(), v.low(), v.high());
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

    /** The summary.json content of one replication: headline figures, scaled to the population. */
    public static SummaryFile summaryJson(RunSummary s) {
        Map<String, Double> reasons = new LinkedHashMap<>();
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            reasons.put(r.key(), s.leaveShare(r));
        }
        Map<String, Double> drivers = new LinkedHashMap<>();
        for (Driver d : Driver.values()) {
            drivers.put(d.key(), s.driverShare(d));
        }
        Map<String, Double> minutes = new LinkedHashMap<>();
        Map<String, Double> f = s.figures();
        for (String k : f.keySet()) {
            if (k.startsWith("customerMinutes.")) {
                minutes.put(k.substring("customerMinutes.".length()), f.get(k));
            }
        }
        List<SummaryFile.Sector> sectors = new ArrayList<>();
        for (RunSummary.SectorFigures sf : s.sectors()) {
            sectors.add(new SummaryFile.Sector(sf.name(), sf.costOfPoorServiceGbp(), sf.relationshipsLostToTreatment(),
                    sf.leavers(), sf.acquisitionCostGbp(), sf.failureDemandGbp(), sf.lostSalesGbp()));
        }
        ScenarioParams p = s.record().params();
        return new SummaryFile(p.name(), p.customers(), p.population(), s.scale(), "counts, minutes and GBP are "
                + "scaled from the simulated customers to the population (multiplied by scaleFactor) and given per "
                + "year (the "
                + "measured days annualised); shares, rates and means are not scaled", p.days(),
                s.costOfPoorServiceGbp(), s.relationshipsLostToTreatment(), s.avgValuePerLostRelationshipGbp(),
                s.leavers(), reasons, "share of leavers for each of the evidence's six reasons; customers won back by "
                + "a former supplier are counted apart, in wonBackFromRivals", s.leavers(LeaveReason.WON_BACK),
                drivers, "share of treatment leavers whose largest source of frustration was each driver",
                s.meanMinutesTrappedInIvr(), s.meanWaitMinutes(), s.abandonRate(), s.acquisitionCostGbp(),
                s.failureDemandGbp(), s.lostSalesGbp(), s.puttingRightGbp(), s.total(Metric.COMPLAINTS),
                s.customerTimeGbp(), new TreeMap<>(COST_LINES), minutes, f.get("contacts"), f.get("repeatContacts"),
                f.get("lostProspects"), f.get("wonBack"), sectors, suppliersJson(s), operationsJson(f),
                steadyStateJson(s), null, null, null);
    }

    private static SummaryFile.Operations operationsJson(Map<String, Double> f) {
        return new SummaryFile.Operations(f.get("agentHoursOnDuty"), f.get("agentHoursPaid"),
                f.get("serviceLevel.answeredWithinTargetShare"), f.get("serviceLevel.phoneHoursMeetingTargetShare"),
                f.get("serviceLevel.phonePeakHourAbandonShare"), f.get("avoidableContacts"),
                new SummaryFile.FailureDemandByKind(f.get("failureDemand.repeatsGbp"),
                        f.get("failureDemand.retriesGbp"), f.get("failureDemand.transfersGbp"),
                        f.get("failureDemand.channelSwitchesGbp")),
                "agent hours a year scaled to the population (paid = on duty / (1 - shrinkage)); service level = "
                        + "share of queued calls answered within their supplier's threshold; an hour meets its target "
                        + "when within 5 points of it; failure demand = avoidable contacts x cost per contact of their "
                        + "channel");
    }

    private static SummaryFile.SteadyState steadyStateJson(RunSummary s) {
        SteadyState st = s.steadyState();
        Map<String, Double> stages = new LinkedHashMap<>();
        for (int k = 0; k < SteadyState.STAGES.size(); k++) {
            stages.put(SteadyState.STAGES.get(k).key(), st.loyaltyShareChangePts()[k]);
        }
        return new SummaryFile.SteadyState(st.relationshipsChangePct(), stages, st.treatmentLeaversChangePct(),
                "change over the measured days of relationships held (%), of each loyalty stage's share of "
                        + "relationships (percentage points), and of treatment leavers from the first quarter of the "
                        + "measured days to the last (%); near zero in a steady state");
    }

    private static List<SummaryFile.Supplier> suppliersJson(RunSummary s) {
        List<SummaryFile.Supplier> out = new ArrayList<>();
        RunRecord r = s.record();
        TallyRows t = s.supplierFigures();
        int g = 0;
        for (SectorParams sector : r.params().sectors()) {
            for (SupplierParams sp : sector.suppliers()) {
                out.add(new SummaryFile.Supplier(sector.name(), sp.name(), r.measureStartCustomers()[g] * s.scale(),
                        r.last().customers()[g] * s.scale(), t.total(g, Metric.LEFT_TREATMENT),
                        s.supplierCostOfPoorServiceGbp(g, sector), t.total(g, Metric.JOINED),
                        t.total(g, Metric.PROSPECTS), t.total(g, Metric.LOST_PROSPECTS), t.total(g, Metric.REFERRALS),
                        t.total(g, Metric.JOINED_BY_REFERRAL), t.total(g, Metric.FAILURE_DEMAND_GBP),
                        t.total(g, Metric.AGENT_HOURS_PAID)));
                g++;
            }
        }
        return out;
    }

    /** The run tables' numbers, as every CSV writes them ({@link Formats#csv}). */
    private static final NumberColumnFormatter CSV_NUMBERS = new NumberColumnFormatter() {
        @Override
        public String format(double v) {
            return Formats.csv(v);
        }
    };

    private static void writeCsv(RunFolder folder, String name, Table table) {
        for (var column : table.columns()) {
            if (column instanceof DoubleColumn d) {
                d.setPrintFormatter(CSV_NUMBERS);
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
