package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SteadyState;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.LoyaltyStage;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Formats;

/** The short plain-words summary printed at the end of a run. */
final class SummaryPrinter {
    private SummaryPrinter() {
    }

    /**
     * Prints the figures: with several replications, each is their mean with the half width of its 95% interval
     * ("+/- ..."); with one, that replication's value.
     */
    static void print(PrintWriter out, List<RunSummary> runs) {
        RunSummary s = runs.get(0);
        ScenarioParams p = s.record().params();
        ReplicatedFigures f = new ReplicatedFigures(runs);
        out.printf(Locale.UK, "%s: %,d simulated customers stand for %,d adults (scale x%,.0f); %d days, seed %d%n",
                p.name(), p.customers(), p.population(), s.scale(), p.days(), p.seed());
        if (runs.size() > 1) {
            out.printf(Locale.UK, "  Means over %d replications, +/- the half width of their 95%% confidence "
                    + "interval%n", runs.size());
        }
        out.printf(Locale.UK, "  Poor service costs suppliers GBP %s a year (revenue lost to treatment)%n",
                within(f, "costOfPoorServiceGbp", SummaryPrinter::gbp));
        out.printf(Locale.UK, "  %s relationships lost to treatment, GBP %.0f each on average%n",
                within(f, "relationshipsLostToTreatment", SummaryPrinter::millions),
                f.get("avgValuePerLostRelationshipGbp").mean());
        StringBuilder reasons = new StringBuilder();
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            reasons.append(reasons.length() == 0 ? "" : ", ").append(r.key()).append(' ')
                    .append(share(f, "leaveReasonShares." + r.key()));
        }
        out.println("  Why customers leave: " + reasons);
        List<Driver> drivers = List.of(Driver.values()).stream()
                .sorted(Comparator.comparingDouble((Driver d) -> f.get("driverShares." + d.key()).mean()).reversed())
                .toList();
        StringBuilder d = new StringBuilder();
        for (Driver driver : drivers) {
            d.append(d.length() == 0 ? "" : ", ").append(String.format(Locale.UK, "%s %.0f%%", driver.key(),
                    100 * f.get("driverShares." + driver.key()).mean()));
        }
        out.println("  Main misery of treatment leavers: " + d);
        out.printf(Locale.UK, "  Queues: mean wait %s, %s hang up, %s answered within target; trapped callers "
                        + "spend %s in the IVR%n",
                within(f, "meanWaitMinutes", m -> Formats.decimal(60 * m) + " s"),
                share(f, "abandonRate"),
                share(f, "serviceLevel.answeredWithinTargetShare"),
                within(f, "meanMinutesTrappedInIvr", m -> Formats.decimal(m) + " min"));
        out.printf(Locale.UK, "  Contact centres pay %s agent hours a year; failure demand GBP %s%n",
                within(f, "agentHoursPaid", SummaryPrinter::millions), within(f, "failureDemandGbp", SummaryPrinter::gbp));
        double stages = 0;
        for (LoyaltyStage stage : SteadyState.STAGES) {
            stages = Math.max(stages, Math.abs(f.get("steadyState.loyaltyShareChangePts." + stage.key()).mean()));
        }
        out.printf(Locale.UK, "  Steady state over the measured days: relationships %+.1f%%, loyalty stages within "
                + "%.1f points, treatment leavers %+.1f%% (last quarter against the first)%n",
                f.get("steadyState.relationshipsChangePct").mean(), stages,
                f.get("steadyState.treatmentLeaversChangePct").mean());
        List<String> top = s.sectors().stream().map(RunSummary.SectorFigures::name)
                .sorted(Comparator.comparingDouble((String name) -> f.get(sectorCost(name)).mean()).reversed())
                .limit(3).toList();
        StringBuilder t = new StringBuilder();
        for (String name : top) {
            t.append(t.length() == 0 ? "" : ", ").append(name).append(" GBP ")
                    .append(within(f, sectorCost(name), SummaryPrinter::gbp));
        }
        out.println("  Biggest losers: " + t);
    }

    private static String sectorCost(String sector) {
        return "sectors." + sector + ".costOfPoorServiceGbp";
    }

    /** A figure's mean, and with several replications the half width of its 95% interval. */
    private static String within(ReplicatedFigures f, String figure, DoubleFunction<String> format) {
        Interval i = f.get(figure);
        return format.apply(i.mean()) + (f.replications() > 1 ? " +/- " + format.apply(i.halfWidth()) : "");
    }

    /** A share as a percentage, its interval in percentage points. */
    private static String share(ReplicatedFigures f, String figure) {
        Interval i = f.get(figure);
        return String.format(Locale.UK, "%.1f%%", 100 * i.mean())
                + (f.replications() > 1 ? " +/- " + Formats.decimal(100 * i.halfWidth()) + " points" : "");
    }

    static String gbp(double v) {
        if (Math.abs(v) >= 1e9) {
            return String.format(Locale.UK, "%.2fbn", v / 1e9);
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.UK, "%.1fm", v / 1e6);
        }
        return String.format(Locale.UK, "%,.0f", v);
    }

    static String millions(double v) {
        return Formats.decimal(v / 1e6) + " million";
    }
}
