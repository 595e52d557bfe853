package uk.cxsim.output;

import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import uk.cxsim.metrics.CostOfPoorService;
import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.HourlyTally;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SectorTotals;
import uk.cxsim.metrics.Segments;
import uk.cxsim.metrics.ServiceLevels;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.metrics.Unit;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * The tidy tables of one run. Counts, minutes and GBP are scaled to the population (scale factor in run.json);
 * in the sector and supplier tables flows are per year, stocks (customers) at the date given. The time series
 * is day by day and keeps the simulated count beside the scaled value.
 */
public final class RunTables {
    /** Counters reported day by day in the time series. */
    private static final List<Metric> DAILY = List.of(Metric.NEEDS, Metric.CONTACTS, Metric.REPEAT_CONTACTS,
            Metric.QUEUED, Metric.ABANDONED, Metric.WAIT_MINUTES, Metric.TRAPPED, Metric.LEFT_TREATMENT,
            Metric.LEFT_PRODUCT, Metric.LEFT_COMPETITOR, Metric.LEFT_NATURAL, Metric.LEFT_STOPPED, Metric.LEFT_DIED,
            Metric.JOINED, Metric.WON_BACK, Metric.LOST_PROSPECTS, Metric.LOST_SALES);

    /** Failure demand by kind of avoidable contact, one column each. */
    static final List<Metric> FAILURE_KINDS = List.of(Metric.FAILURE_REPEATS_GBP, Metric.FAILURE_RETRIES_GBP,
            Metric.FAILURE_TRANSFERS_GBP, Metric.FAILURE_SWITCHES_GBP);

    private RunTables() {
    }

    /** One row per day, sector, supplier and metric. */
    public static Table timeseries(RunRecord r) {
        ScenarioParams p = r.params();
        double scale = r.scaleFactor();
        Table t = timeseriesColumns();
        IntColumn replication = t.intColumn("replication");
        IntColumn day = t.intColumn("day");
        StringColumn sector = t.stringColumn("sector");
        StringColumn supplier = t.stringColumn("supplier");
        StringColumn metric = t.stringColumn("metric");
        StringColumn unit = t.stringColumn("unit");
        DoubleColumn simulated = t.doubleColumn("simulated");
        DoubleColumn value = t.doubleColumn("value");
        SupplierTally previous = new SupplierTally(r.measured().suppliers());
        for (DailySnapshot d : r.daily()) {
            int g = 0;
            for (SectorParams s : p.sectors()) {
                for (SupplierParams sp : s.suppliers()) {
                    for (LoyaltyStage st : LoyaltyStage.values()) {
                        if (st != LoyaltyStage.PROSPECT) {
                            double v = d.byStage()[g][st.ordinal()];
                            add(replication, day, sector, supplier, metric, unit, simulated, value, r.replication(),
                                    d.day(), s.name(), sp.name(), "customers." + st.key(), Unit.COUNT, v, v * scale);
                        }
                    }
                    double c = d.customers()[g];
                    add(replication, day, sector, supplier, metric, unit, simulated, value, r.replication(), d.day(),
                            s.name(), sp.name(), "customers", Unit.COUNT, c, c * scale);
                    add(replication, day, sector, supplier, metric, unit, simulated, value, r.replication(), d.day(),
                            s.name(), sp.name(), "reputation", Unit.INDEX, d.reputation()[g], d.reputation()[g]);
                    for (Metric m : DAILY) {
                        double v = d.cumulative().get(g, m) - previous.get(g, m);
                        add(replication, day, sector, supplier, metric, unit, simulated, value, r.replication(),
                                d.day(), s.name(), sp.name(), m.key(), m.unit(), v, m.unit().scaled() ? v * scale : v);
                    }
                    double lost = d.cumulative().get(g, Metric.LEFT_TREATMENT) - previous.get(g, Metric.LEFT_TREATMENT);
                    add(replication, day, sector, supplier, metric, unit, simulated, value, r.replication(), d.day(),
                            s.name(), sp.name(), "costOfPoorServiceGbp", Unit.GBP, CostOfPoorService.gbp(lost, s),
                            CostOfPoorService.gbp(lost, s) * scale);
                    g++;
                }
            }
            previous = d.cumulative();
        }
        return t;
    }

    /** The columns of timeseries.csv, empty: {@link #timeseries} fills them; a reader of the file takes their types. */
    public static Table timeseriesColumns() {
        return Table.create("timeseries", IntColumn.create("replication"), IntColumn.create("day"),
                StringColumn.create("sector"), StringColumn.create("supplier"), StringColumn.create("metric"),
                StringColumn.create("unit"), DoubleColumn.create("simulated"), DoubleColumn.create("value"));
    }

    private static void add(IntColumn replication, IntColumn day, StringColumn sector, StringColumn supplier,
                            StringColumn metric, StringColumn unit, DoubleColumn simulated, DoubleColumn value,
                            int rep, int d, String sectorName, String supplierName, String metricName, Unit u,
                            double sim, double v) {
        replication.append(rep);
        day.append(d);
        sector.append(sectorName);
        supplier.append(supplierName);
        metric.append(metricName);
        unit.append(u.key());
        simulated.append(sim);
        value.append(v);
    }

    /** One row per sector. */
    public static Table sectors(RunSummary summary) {
        RunRecord r = summary.record();
        double scale = r.scaleFactor();
        Table t = Table.create("sectors");
        StringColumn name = StringColumn.create("sector");
        DoubleColumn value = DoubleColumn.create("relationshipValueGbp");
        DoubleColumn start = DoubleColumn.create("relationshipsAtStart");
        DoubleColumn end = DoubleColumn.create("relationshipsAtEnd");
        DoubleColumn leavers = DoubleColumn.create("leavers");
        DoubleColumn[] byReason = reasonColumns("left.");
        DoubleColumn cost = DoubleColumn.create("costOfPoorServiceGbp");
        DoubleColumn acquisition = DoubleColumn.create("acquisitionCostGbp");
        DoubleColumn failure = DoubleColumn.create("failureDemandGbp");
        DoubleColumn[] failureByKind = new DoubleColumn[FAILURE_KINDS.size()];
        for (int k = 0; k < failureByKind.length; k++) {
            failureByKind[k] = DoubleColumn.create(FAILURE_KINDS.get(k).key());
        }
        DoubleColumn lostSales = DoubleColumn.create("lostSalesGbp");
        DoubleColumn contacts = DoubleColumn.create("contacts");
        DoubleColumn repeats = DoubleColumn.create("repeatContacts");
        DoubleColumn abandon = DoubleColumn.create("abandonRate");
        DoubleColumn wait = DoubleColumn.create("meanWaitMinutes");
        DoubleColumn trapped = DoubleColumn.create("meanMinutesTrappedInIvr");
        SectorTotals totals = summary.sectorTotals();
        for (int s = 0; s < summary.sectors().size(); s++) {
            RunSummary.SectorFigures f = summary.sectors().get(s);
            name.append(f.name());
            value.append(r.params().sectors().get(s).relationshipValueGbp());
            start.append(totals.relationshipsAtStart(s) * scale);
            end.append(f.relationshipsAtEnd());
            leavers.append(f.leavers());
            for (LeaveReason reason : LeaveReason.values()) {
                byReason[reason.ordinal()].append(f.leaversByReason()[reason.ordinal()]);
            }
            cost.append(f.costOfPoorServiceGbp());
            acquisition.append(f.acquisitionCostGbp());
            failure.append(f.failureDemandGbp());
            for (int k = 0; k < failureByKind.length; k++) {
                failureByKind[k].append(totals.total(s, FAILURE_KINDS.get(k)));
            }
            lostSales.append(f.lostSalesGbp());
            contacts.append(totals.total(s, Metric.CONTACTS));
            repeats.append(totals.total(s, Metric.REPEAT_CONTACTS));
            abandon.append(totals.abandonRate(s));
            wait.append(totals.meanWaitMinutes(s));
            trapped.append(totals.meanMinutesTrappedInIvr(s));
        }
        t.addColumns(name, value, start, end, leavers);
        t.addColumns(byReason);
        t.addColumns(cost, acquisition, failure);
        t.addColumns(failureByKind);
        t.addColumns(lostSales, contacts, repeats, abandon, wait, trapped);
        return t;
    }

    /** One row per supplier, with its main service-design levers beside its results ({@link SupplierTable}). */
    public static Table suppliers(RunSummary summary) {
        return SupplierTable.of(summary);
    }

    /** One row per sector and reason for leaving. */
    public static Table leaveReasons(RunSummary summary) {
        StringColumn sector = StringColumn.create("sector");
        StringColumn reason = StringColumn.create("reason");
        DoubleColumn leavers = DoubleColumn.create("leavers");
        DoubleColumn share = DoubleColumn.create("shareOfSectorLeavers");
        for (RunSummary.SectorFigures f : summary.sectors()) {
            for (LeaveReason r : LeaveReason.values()) {
                sector.append(f.name());
                reason.append(r.key());
                leavers.append(f.leaversByReason()[r.ordinal()]);
                share.append(r.evidence() ? ratio(f.leaversByReason()[r.ordinal()], f.leavers()) : Double.NaN);
            }
        }
        return Table.create("leave_reasons", sector, reason, leavers, share);
    }

    /** One row per sector and misery driver: moments of misery and the treatment leavers it drove. */
    public static Table drivers(RunSummary summary) {
        RunRecord r = summary.record();
        double flow = summary.flowFactor();
        StringColumn sector = StringColumn.create("sector");
        StringColumn driver = StringColumn.create("driver");
        DoubleColumn miseries = DoubleColumn.create("miseries");
        DoubleColumn leavers = DoubleColumn.create("treatmentLeavers");
        DoubleColumn share = DoubleColumn.create("shareOfTreatmentLeavers");
        SectorTotals totals = summary.sectorTotals();
        for (int s = 0; s < totals.sectors(); s++) {
            double all = 0;
            for (Driver d : Driver.values()) {
                all += totals.simulated(s, Metric.driver(d));
            }
            for (Driver d : Driver.values()) {
                double lost = totals.simulated(s, Metric.driver(d));
                sector.append(r.params().sectors().get(s).name());
                driver.append(d.key());
                miseries.append(totals.simulated(s, Metric.misery(d)) * flow);
                leavers.append(lost * flow);
                share.append(ratio(lost, all));
            }
        }
        return Table.create("drivers", sector, driver, miseries, leavers, share);
    }

    /**
     * Queued channels by hour of day, all suppliers together: arrivals, waits and abandonment, the service level
     * achieved against the suppliers' targets, and the operation behind it (agents on duty, offered load and
     * occupancy). Agents and load are means over the measured days, scaled to the population.
     */
    public static Table hourly(RunSummary summary) {
        RunRecord r = summary.record();
        ServiceLevels levels = summary.serviceLevels();
        double days = r.params().days();
        StringColumn channel = StringColumn.create("channel");
        IntColumn hour = IntColumn.create("hour");
        DoubleColumn arrivals = DoubleColumn.create("queueArrivals");
        DoubleColumn waited = DoubleColumn.create("shareWhoWaited");
        DoubleColumn wait = DoubleColumn.create("meanWaitMinutes");
        DoubleColumn abandon = DoubleColumn.create("abandonRate");
        DoubleColumn serviceLevel = DoubleColumn.create("shareAnsweredWithinTarget");
        DoubleColumn target = DoubleColumn.create("serviceLevelTarget");
        DoubleColumn agents = DoubleColumn.create("agentsOnDuty");
        DoubleColumn load = DoubleColumn.create("offeredLoadErlangs");
        DoubleColumn occupancy = DoubleColumn.create("occupancy");
        HourlyTally h = r.hourly();
        for (Channel c : Channel.values()) {
            if (c.kind() != Channel.Kind.QUEUED) {
                continue;
            }
            for (int k = 0; k < 24; k++) {
                double n = h.get(c, k, HourlyTally.Measure.ARRIVALS);
                double agentHours = h.get(c, k, HourlyTally.Measure.AGENT_HOURS);
                channel.append(c.key());
                hour.append(k);
                arrivals.append(n * summary.flowFactor());
                waited.append(ratio(h.get(c, k, HourlyTally.Measure.WAITED), n));
                wait.append(ratio(h.get(c, k, HourlyTally.Measure.WAIT_MINUTES), n));
                abandon.append(ratio(h.get(c, k, HourlyTally.Measure.ABANDONED), n));
                serviceLevel.append(levels.achieved(c, k));
                target.append(levels.target(c, k));
                agents.append(agentHours / days * r.scaleFactor());
                load.append(h.get(c, k, HourlyTally.Measure.OFFERED_MINUTES) / Clock.MINUTES_PER_HOUR / days
                        * r.scaleFactor());
                occupancy.append(ratio(h.get(c, k, HourlyTally.Measure.BUSY_MINUTES),
                        agentHours * Clock.MINUTES_PER_HOUR));
            }
        }
        return Table.create("hourly", channel, hour, arrivals, waited, wait, abandon, serviceLevel, target, agents,
                load, occupancy);
    }

    /**
     * Adults by age band and sector, and by age band across all sectors ({@code sector} = all): adults, relationships
     * held at the end, leavers per year by reason, relationships lost to treatment per adult, and the share of adults
     * who ended at least one relationship for treatment. Counts are scaled to the population.
     */
    public static Table segments(RunSummary summary) {
        RunRecord r = summary.record();
        Segments seg = r.segments();
        double scale = r.scaleFactor();
        double perYear = Clock.perYear(r.params().days());
        StringColumn band = StringColumn.create("ageBand");
        StringColumn sector = StringColumn.create("sector");
        DoubleColumn adults = DoubleColumn.create("adults");
        DoubleColumn held = DoubleColumn.create("relationshipsHeld");
        DoubleColumn[] byReason = reasonColumns("left.");
        DoubleColumn lostPerAdult = DoubleColumn.create("relationshipsLostToTreatmentPerAdult");
        DoubleColumn ended = DoubleColumn.create("shareEndedOneForTreatment");
        List<SectorParams> sectors = r.params().sectors();
        for (int b = 0; b < seg.bands().size(); b++) {
            double[] allReasons = new double[LeaveReason.COUNT];
            double allHeld = 0;
            for (int s = 0; s <= sectors.size(); s++) {
                boolean all = s == sectors.size();
                band.append(seg.bands().get(b));
                sector.append(all ? "all" : sectors.get(s).name());
                adults.append(seg.adults()[b] * scale);
                double h = all ? allHeld : seg.held()[s][b];
                held.append(h * scale);
                for (LeaveReason reason : LeaveReason.values()) {
                    double v = all ? allReasons[reason.ordinal()] : seg.leavers(s, b, reason);
                    byReason[reason.ordinal()].append(v * scale * perYear);
                    if (!all) {
                        allReasons[reason.ordinal()] += v;
                    }
                }
                double lost = all ? allReasons[LeaveReason.TREATMENT.ordinal()]
                        : seg.leavers(s, b, LeaveReason.TREATMENT);
                lostPerAdult.append(ratio(lost * perYear, seg.adults()[b]));
                double e = all ? seg.endedForTreatmentAnySector()[b] : seg.endedForTreatment()[s][b];
                ended.append(ratio(e, seg.adults()[b]));
                if (!all) {
                    allHeld += seg.held()[s][b];
                }
            }
        }
        Table t = Table.create("segments", band, sector, adults, held);
        t.addColumns(byReason);
        t.addColumns(lostPerAdult, ended);
        return t;
    }

    private static DoubleColumn[] reasonColumns(String prefix) {
        DoubleColumn[] cols = new DoubleColumn[LeaveReason.COUNT];
        for (LeaveReason r : LeaveReason.values()) {
            cols[r.ordinal()] = DoubleColumn.create(prefix + r.key());
        }
        return cols;
    }

    /** {@code a / b}, or NaN where {@code b} is not positive. */
    static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}
