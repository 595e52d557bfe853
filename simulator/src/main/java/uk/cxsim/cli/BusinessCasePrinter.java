package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.output.Formats;

/** Prints each variant's business case on the terminal: one line per perspective, GBP m a year. */
final class BusinessCasePrinter {
    private BusinessCasePrinter() {
    }

    static void print(PrintWriter o, Map<String, List<BusinessCaseRow>> cases) {
        cases.forEach((variant, rows) -> {
            o.printf("%nBusiness case: %s (GBP m a year unless said; each figure is its effect on the profit of "
                    + "whoever's books the row reads: a cost is negative)%n", variant);
            StringBuilder head = new StringBuilder(String.format(Locale.UK, "  %-9s %-26s", "books", "name"));
            for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                head.append(String.format(Locale.UK, " %10s", shortLabel(l)));
            }
            head.append(String.format(Locale.UK, " %22s %9s %9s %9s %18s %9s", "net a year (95% CI)", "one-off",
                    "NPV", "ROI", "payback (range)", "terminal"));
            o.println(head);
            int unchanged = 0;
            for (BusinessCaseRow r : rows) {
                if (unchanged(r)) {
                    unchanged++;
                    continue;
                }
                StringBuilder line = new StringBuilder(String.format(Locale.UK, "  %-9s %-26s", r.perspective().key(),
                        r.name().length() > 26 ? r.name().substring(0, 26) : r.name()));
                for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                    line.append(String.format(Locale.UK, " %10s", Formats.millions(r.line(l))));
                }
                line.append(String.format(Locale.UK, " %22s %9s %9s %9s %18s %9s",
                        Formats.withInterval(Formats.millions(r.netBenefit().mean()),
                                Formats.millions(r.netBenefit().halfWidth())),
                        Formats.millions(r.investmentOneOffGbp()), Formats.millions(r.npv().mean()), roi(r),
                        payback(r), Formats.millions(r.terminalValue().mean())));
                o.println(line);
            }
            if (unchanged > 0) {
                o.printf("  (%d sectors unchanged, not shown)%n", unchanged);
            }
        });
        o.flush();
    }

    /** The payback, and its range at the ends of the net benefit's interval where that says more. */
    static String payback(BusinessCaseRow r) {
        String point = payback(r.paybackMonths());
        String soonest = payback(r.paybackMonthsSoonest());
        String latest = payback(r.paybackMonthsLatest());
        return soonest.equals(point) && latest.equals(point) ? point : point + " (" + soonest + " to " + latest + ")";
    }

    /** Return on investment as a percentage, or a dash when nothing is invested. */
    static String roi(BusinessCaseRow r) {
        return r.roi() == null ? "-" : Formats.percent(r.roi().mean());
    }

    static String payback(Double months) {
        if (months == null) {
            return "never";
        }
        return months < 1 ? "<1 mo" : String.format(Locale.UK, "%.0f mo", months);
    }

    /** A row whose every line is exactly zero in every replication: a sector the lever does not touch. */
    private static boolean unchanged(BusinessCaseRow r) {
        if (r.investmentOneOffGbp() != 0 || r.netBenefit().mean() != 0 || r.netBenefit().halfWidth() != 0) {
            return false;
        }
        for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
            if (r.line(l) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String shortLabel(BusinessCaseRow.Line l) {
        return switch (l) {
            case MARGIN_RETAINED -> "kept";
            case MARGIN_FROM_RIVALS -> "rivals";
            case ACQUISITION_SPEND_SAVED -> "acquisitn";
            case SERVICE_COST_SAVED -> "service";
            case PUTTING_RIGHT_SAVED -> "putRight";
            case LOST_SALES_MARGIN_SAVED -> "lostSales";
            case INVESTMENT_PER_YEAR -> "running";
        };
    }
}
