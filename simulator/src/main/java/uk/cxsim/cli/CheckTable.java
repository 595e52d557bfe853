package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;

import uk.cxsim.metrics.Check;


/** Prints checks as an aligned table: check, expected, simulated, tolerance, pass/fail. */
final class CheckTable {
    private CheckTable() {
    }

    static void print(PrintWriter out, List<Check> checks) {
        int w0 = "check".length();
        int w1 = "expected".length();
        int w2 = "simulated".length();
        int w3 = "tolerance".length();
        for (Check c : checks) {
            w0 = Math.max(w0, c.name().length());
            w1 = Math.max(w1, c.expected().length());
            w2 = Math.max(w2, c.simulated().length());
            w3 = Math.max(w3, c.tolerance().length());
        }
        String fmt = "%-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  %-" + w3 + "s  %s%n";
        out.printf(fmt, "check", "expected", "simulated", "tolerance", "result");
        for (Check c : checks) {
            out.printf(fmt, c.name(), c.expected(), c.simulated(), c.tolerance(), c.pass() ? "pass" : "FAIL");
        }
        long failed = checks.stream().filter(c -> !c.pass()).count();
        out.printf("%d of %d checks pass%s%n", checks.size() - failed, checks.size(),
                failed == 0 ? "" : "; " + failed + " FAIL");
        out.flush();
    }
}
