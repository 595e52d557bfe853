package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;

import uk.cxsim.metrics.Check;
import uk.cxsim.workflow.Validation;


/** Prints checks as aligned tables, one per role: check, expected, simulated, judged by, pass/fail. */
final class CheckTable {
    private CheckTable() {
    }

    /** A validation: a table per role, then a line per role saying how many pass. */
    static void print(PrintWriter out, Validation.Report report, boolean strict) {
        StringBuilder summary = new StringBuilder();
        for (String role : Validation.ROLES) {
            List<Check> group = report.checks().stream().filter(c -> c.role().equals(role)).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.printf("%n%s%n", heading(role));
            table(out, group);
            int[] k = report.count(role);
            summary.append(summary.length() == 0 ? "" : "; ").append(k[0]).append(" of ").append(k[1]).append(' ')
                    .append(role).append(role.equals("input") ? " (not counted)" : "").append(" pass");
        }
        out.printf("%n%s%n", summary);
        int[] held = report.count("held-out");
        if (held[0] < held[1] && !strict) {
            out.printf("held-out misses are findings, reported and not fitted (docs/validation.md)%n");
        }
        out.printf("%s%n", report.passes(strict)
                ? "validation passes: every calibration target and check of the model" + (strict ? " and every "
                        + "held-out figure" : "")
                : "validation FAILS: see the checks marked FAIL above");
        out.flush();
    }

    private static String heading(String role) {
        return switch (role) {
            case "calibration" -> "Calibration targets (fitted; pass: mean in band and Monte Carlo error under a "
                    + "quarter of its half-width)";
            case "held-out" -> "Held-out evidence (never fitted; pass: implausibility I under 3; runs' 2.5-97.5% "
                    + "spread in brackets)";
            case "used-in-development" -> "Evidence used in developing the model (no longer held out; judged as "
                    + "held-out)";
            case "input" -> "Inputs restated (not counted)";
            default -> "Checks of the model itself: a steady state, the queue against Erlang C and A (verification)";
        };
    }

    /** A fit's checks in one table, with a pass count. */
    static void print(PrintWriter out, List<Check> checks) {
        table(out, checks);
        long failed = checks.stream().filter(c -> !c.pass()).count();
        out.printf("%d of %d checks pass%s%n", checks.size() - failed, checks.size(),
                failed == 0 ? "" : "; " + failed + " FAIL");
        out.flush();
    }

    private static void table(PrintWriter out, List<Check> checks) {
        int w0 = "check".length();
        int w1 = "expected".length();
        int w2 = "simulated".length();
        int w3 = "judged by".length();
        for (Check c : checks) {
            w0 = Math.max(w0, c.name().length());
            w1 = Math.max(w1, c.expected().length());
            w2 = Math.max(w2, c.simulated().length());
            w3 = Math.max(w3, c.tolerance().length());
        }
        String fmt = "%-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  %-" + w3 + "s  %s%n";
        out.printf(fmt, "check", "expected", "simulated", "judged by", "result");
        for (Check c : checks) {
            out.printf(fmt, c.name(), c.expected(), c.simulated(), c.tolerance(), c.pass() ? "pass" : "FAIL");
        }
    }
}
