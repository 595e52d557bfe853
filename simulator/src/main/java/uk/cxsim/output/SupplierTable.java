package uk.cxsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.TallyRows;
import uk.cxsim.model.Channel;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * The supplier table ({@code suppliers.csv}), one row per supplier. Its columns come in groups, in the file's order:
 * which supplier, relationships and shares, leaving, customers won and lost, contacts and service, money lost,
 * complaints, moments, operations, and the service design behind them. A column is its name and how a supplier's
 * row reads its value, so each column is declared once, in its group.
 */
final class SupplierTable {
    private SupplierTable() {
    }

    static Table of(RunSummary summary) {
        List<Row> rows = rows(summary);
        Table t = Table.create("suppliers");
        Stream.of(who(), relationshipsAndShares(), leaving(), customersWonAndLost(), contactsAndService(), moneyLost(),
                complaints(), moments(), operations(), serviceDesign())
                .flatMap(List::stream)
                .forEach(column -> t.addColumns(column.fill(rows)));
        return t;
    }

    private static List<Column> who() {
        return List.of(
                text("sector", row -> row.sector().name()),
                text("supplier", row -> row.supplier().name()));
    }

    /** Relationships held at the start and end of the measured days, as shares of the sector and scaled counts. */
    private static List<Column> relationshipsAndShares() {
        return List.of(
                number("marketShareStart", row -> RunTables.ratio(row.customersStart(), row.sectorCustomersStart())),
                number("marketShareEnd", row -> RunTables.ratio(row.customersEnd(), row.sectorCustomersEnd())),
                number("customersStart", row -> row.customersStart() * row.run().scale()),
                number("customersEnd", row -> row.customersEnd() * row.run().scale()),
                number("reputationEnd", row -> row.run().last().reputation()[row.g()]));
    }

    /** Leavers by reason, and what the treatment leavers were worth. */
    private static List<Column> leaving() {
        List<Column> columns = new ArrayList<>();
        for (LeaveReason reason : LeaveReason.values()) {
            columns.add(total("left." + reason.key(), Metric.left(reason)));
        }
        columns.add(number("costOfPoorServiceGbp", row -> row.run().summary()
                .supplierCostOfPoorServiceGbp(row.g(), row.sector())));
        return columns;
    }

    private static List<Column> customersWonAndLost() {
        return List.of(
                total("joined", Metric.JOINED),
                total("wonBack", Metric.WON_BACK),
                total("gainedFromRivals", Metric.GAINED_FROM_RIVALS),
                total("lostToRivals", Metric.LOST_TO_RIVALS),
                total("prospects", Metric.PROSPECTS),
                total("lostProspects", Metric.LOST_PROSPECTS),
                total("referrals", Metric.REFERRALS),
                total("joinedByReferral", Metric.JOINED_BY_REFERRAL));
    }

    private static List<Column> contactsAndService() {
        return List.of(
                total("contacts", Metric.CONTACTS),
                total("repeatContacts", Metric.REPEAT_CONTACTS),
                number("abandonRate", row -> row.run().figures().abandonRate(row.g())),
                number("meanWaitMinutes", row -> row.run().figures().meanWaitMinutes(row.g())),
                number("shareAnsweredWithinTarget", row -> row.run().figures().answeredWithinTargetShare(row.g())),
                number("meanMinutesTrappedInIvr", row -> row.run().figures().meanMinutesTrappedInIvr(row.g())));
    }

    /** Sales lost and failure demand, in all and by kind of avoidable contact. */
    private static List<Column> moneyLost() {
        List<Column> columns = new ArrayList<>(List.of(
                total("lostSalesGbp", Metric.LOST_SALES_GBP),
                total("failureDemandGbp", Metric.FAILURE_DEMAND_GBP)));
        for (Metric kind : RunTables.FAILURE_KINDS) {
            columns.add(total(kind.key(), kind));
        }
        return columns;
    }

    /** Formal complaints and what putting them right costs beyond agent time. */
    private static List<Column> complaints() {
        return List.of(
                total("complaints", Metric.COMPLAINTS),
                number("puttingRightGbp", row -> row.total(Metric.COMPLAINTS)
                        * row.sector().complaintCosts().perComplaintGbp()));
    }

    /** Moments that stay with a customer: exit barriers met, and unexpected extras given. */
    private static List<Column> moments() {
        return List.of(
                total("exitBarriersMet", Metric.EXIT_BARRIERS),
                total("delights", Metric.DELIGHTS));
    }

    private static List<Column> operations() {
        return List.of(
                total("agentHoursOnDuty", Metric.AGENT_HOURS_ON_DUTY),
                total("agentHoursPaid", Metric.AGENT_HOURS_PAID));
    }

    /** The supplier's main service-design levers, beside its results. */
    private static List<Column> serviceDesign() {
        return List.of(
                number("design.ivrTrapShare", row -> row.supplier().channel(Channel.PHONE).offered()
                        ? row.supplier().ivr().trapShare() : 0),
                number("design.crmContext", row -> row.supplier().crm().context()),
                number("design.firstContactResolution", row -> row.supplier().firstContactResolution()),
                number("design.empowerment", row -> row.supplier().empowerment()),
                number("design.exitFriction", row -> row.supplier().exitFriction()),
                number("design.doorOpen", row -> row.supplier().doorOpen()),
                text("design.channels", row -> offeredChannels(row.supplier())));
    }

    /** The keys of the channels offered, separated by spaces. */
    private static String offeredChannels(SupplierParams supplier) {
        StringBuilder offered = new StringBuilder();
        for (Channel c : Channel.values()) {
            if (supplier.channel(c).offered()) {
                offered.append(offered.length() == 0 ? "" : " ").append(c.key());
            }
        }
        return offered.toString();
    }

    /** The suppliers in the run's order (sector by sector), each with its sector's relationships at both ends. */
    private static List<Row> rows(RunSummary summary) {
        Run run = new Run(summary, summary.supplierFigures(), summary.record().last());
        double[] start = summary.record().measureStartCustomers();
        double[] end = run.last().customers();
        List<Row> rows = new ArrayList<>();
        int g = 0;
        for (SectorParams s : summary.record().params().sectors()) {
            double sectorStart = 0;
            double sectorEnd = 0;
            for (int j = 0; j < s.suppliers().size(); j++) {
                sectorStart += start[g + j];
                sectorEnd += end[g + j];
            }
            for (SupplierParams sp : s.suppliers()) {
                rows.add(new Row(run, g, s, sp, sectorStart, sectorEnd));
                g++;
            }
        }
        return rows;
    }

    /** What every row reads from: the run's summary, its per-supplier figures and its last day. */
    private record Run(RunSummary summary, TallyRows figures, DailySnapshot last) {
        double scale() {
            return summary.record().scaleFactor();
        }
    }

    /**
     * One supplier: {@code g} is its place in the run's supplier order (the row of every per-supplier array);
     * customers are simulated, at the start of the measured days and on the last day.
     */
    private record Row(Run run, int g, SectorParams sector, SupplierParams supplier, double sectorCustomersStart,
                       double sectorCustomersEnd) {
        double total(Metric m) {
            return run.figures().total(g, m);
        }

        double customersStart() {
            return run.summary().record().measureStartCustomers()[g];
        }

        double customersEnd() {
            return run.last().customers()[g];
        }
    }

    /** A column of the table: its name and its value in each row. */
    private interface Column {
        tech.tablesaw.columns.Column<?> fill(List<Row> rows);
    }

    private static Column number(String name, ToDoubleFunction<Row> value) {
        return rows -> {
            DoubleColumn column = DoubleColumn.create(name);
            rows.forEach(row -> column.append(value.applyAsDouble(row)));
            return column;
        };
    }

    private static Column text(String name, Function<Row, String> value) {
        return rows -> {
            StringColumn column = StringColumn.create(name);
            rows.forEach(row -> column.append(value.apply(row)));
            return column;
        };
    }

    /** A counter's total for the supplier, a year in the population. */
    private static Column total(String name, Metric metric) {
        return number(name, row -> row.total(metric));
    }
}
