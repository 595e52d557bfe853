package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SteadyState;
import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.params.ScenarioParams;

/** The short plain-words summary printed at the end of a run. */
final class SummaryPrinter {
    private SummaryPrinter() {
    }

    /** Prints the first replication's figures, with the spread over replications when there are several. */
    static void print(PrintWriter out, List<RunSummary> runs) {
        RunSummary s = runs.get(0);
        ScenarioParams p = s.record().params();
        out.printf(Locale.UK, "%s: %,d simulated customers stand for %,d adults (scale x%,.0f); %d days, seed %d%n",
                p.name(), p.customers(), p.population(), s.scale(), p.days(), p.seed());
        if (runs.size() > 1) {
            ReplicatedFigures f = new ReplicatedFigures(runs);
            Interval cost = f.get("costOfPoorServiceGbp");
            Interval treatment = f.get("leaveReasonShares.treatment");
            out.printf(Locale.UK, "  Over %d replications: cost of poor service GBP %s +/- %s (95%% CI); "
                            + "treatment %.1f%% +/- %.1f points. Replication 0 below.%n", runs.size(),
                    gbp(cost.mean()), gbp(cost.halfWidth()), 100 * treatment.mean(), 100 * treatment.halfWidth());
        }
        out.printf(Locale.UK, "  Poor service costs suppliers GBP %s a year (revenue lost to treatment)%n",
                gbp(s.costOfPoorServiceGbp()));
        out.printf(Locale.UK, "  %s relationships lost to treatment, GBP %.0f each on average%n",
                millions(s.relationshipsLostToTreatment()), s.avgValuePerLostRelationshipGbp());
        StringBuilder reasons = new StringBuilder();
        for (LeaveReason r : LeaveReason.EVIDENCE) {
            reasons.append(reasons.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.UK, "%s %.1f%%", r.key(), 100 * s.leaveShare(r)));
        }
        out.println("  Why customers leave: " + reasons);
        List<Driver> drivers = List.of(Driver.values()).stream()
                .sorted(Comparator.comparingDouble(s::driverShare).reversed()).toList();
        StringBuilder d = new StringBuilder();
        for (Driver driver : drivers) {
            d.append(d.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.UK, "%s %.0f%%", driver.key(), 100 * s.driverShare(driver)));
        }
        out.println("  Main misery of treatment leavers: " + d);
        out.printf(Locale.UK, "  Queues: mean wait %.0f s, %.1f%% hang up, %.0f%% answered within target; trapped callers "
                        + "spend %.1f min in the IVR%n", 60 * s.meanWaitMinutes(), 100 * s.abandonRate(),
                100 * s.serviceLevels().answeredWithinTarget(), s.meanMinutesTrappedInIvr());
        out.printf(Locale.UK, "  Contact centres pay %s agent hours a year; failure demand GBP %s%n",
                millions(s.total(Metric.AGENT_HOURS_PAID)), gbp(s.failureDemandGbp()));
        SteadyState st = s.steadyState();
        double stages = 0;
        for (double v : st.loyaltyShareChangePts()) {
            stages = Math.max(stages, Math.abs(v));
        }
        out.printf(Locale.UK, "  Steady state over the measured days: relationships %+.1f%%, loyalty stages within "
                + "%.1f points, treatment leavers %+.1f%% (last quarter against the first)%n",
                st.relationshipsChangePct(), stages, st.treatmentLeaversChangePct());
        List<RunSummary.SectorFigures> top = s.sectors().stream()
                .sorted(Comparator.comparingDouble(RunSummary.SectorFigures::costOfPoorServiceGbp).reversed())
                .limit(3).toList();
        StringBuilder t = new StringBuilder();
        for (RunSummary.SectorFigures f : top) {
            t.append(t.length() == 0 ? "" : ", ").append(f.name()).append(" GBP ").append(gbp(f.costOfPoorServiceGbp()));
        }
        out.println("  Biggest losers: " + t);
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

    /** A figure for a table: GBP-sized numbers in bn/m, small ones with 4 significant digits. */
    static String figure(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return gbp(v);
        }
        if (a >= 100) {
            return String.format(Locale.UK, "%,.0f", v);
        }
        return String.format(Locale.UK, "%.4g", v);
    }

    static String millions(double v) {
        return String.format(Locale.UK, "%.1f million", v / 1e6);
    }
}
