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
        out.printf(Locale.UK, "  Poor service costs suppliers %s a year (revenue lost to treatment)%n",
                within(f, "costOfPoorServiceGbp", Formats::gbp));
        out.printf(Locale.UK, "  %s relationships lost to treatment, %s each on average%n",
                within(f, "relationshipsLostToTreatment", Formats::count),
                Formats.gbp(f.get("avgValuePerLostRelationshipGbp").mean()));
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
            d.append(d.length() == 0 ? "" : ", ").append(driver.key()).append(' ')
                    .append(Formats.percent(f.get("driverShares." + driver.key()).mean()));
        }
        out.println("  Main misery of treatment leavers: " + d);
        out.printf(Locale.UK, "  Queues: mean wait %s, %s hang up, %s answered within target; trapped callers "
                        + "spend %s in the IVR%n",
                within(f, "meanWaitMinutes", m -> Formats.decimal(60 * m) + " s"),
                share(f, "abandonRate"),
                share(f, "serviceLevel.answeredWithinTargetShare"),
                within(f, "meanMinutesTrappedInIvr", m -> Formats.decimal(m) + " min"));
        out.printf(Locale.UK, "  Contact centres pay %s agent hours a year; failure demand %s%n",
                within(f, "agentHoursPaid", Formats::count), within(f, "failureDemandGbp", Formats::gbp));
        double stages = 0;
        for (LoyaltyStage stage : SteadyState.STAGES) {
            stages = Math.max(stages, Math.abs(f.get("steadyState.loyaltyShareChangePts." + stage.key()).mean()));
        }
        out.printf(Locale.UK, "  Steady state over the measured days: relationships %s, loyalty stages within %s, "
                        + "treatment leavers %s (last quarter against the first)%n",
                Formats.percentChange(f.get("steadyState.relationshipsChangePct").mean()), Formats.points(stages / 100),
                Formats.percentChange(f.get("steadyState.treatmentLeaversChangePct").mean()));
        List<String> top = s.sectors().stream().map(RunSummary.SectorFigures::name)
                .sorted(Comparator.comparingDouble((String name) -> f.get(sectorCost(name)).mean()).reversed())
                .limit(3).toList();
        StringBuilder t = new StringBuilder();
        for (String name : top) {
            t.append(t.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append(within(f, sectorCost(name), Formats::gbp));
        }
        out.println("  Biggest losers: " + t);
    }

    private static String sectorCost(String sector) {
        return "sectors." + sector + ".costOfPoorServiceGbp";
    }

    /** A figure's mean, and with several replications the half width of its 95% interval. */
    private static String within(ReplicatedFigures f, String figure, DoubleFunction<String> format) {
        Interval i = f.get(figure);
        String mean = format.apply(i.mean());
        return f.replications() > 1 ? Formats.withInterval(mean, format.apply(i.halfWidth())) : mean;
    }

    /** A share as a percentage, its interval in percentage points. */
    private static String share(ReplicatedFigures f, String figure) {
        Interval i = f.get(figure);
        String mean = Formats.percent(i.mean());
        return f.replications() > 1 ? Formats.withInterval(mean, Formats.points(i.halfWidth())) : mean;
    }
}
