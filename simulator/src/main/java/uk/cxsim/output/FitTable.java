package uk.cxsim.output;

import java.util.List;

import uk.cxsim.metrics.Check;

/** fit.csv: each target of a calibration at the best point found, with its tolerance, pass and penalty. */
public final class FitTable {
    private FitTable() {
    }

    /** The table; only its header if there are no checks (no evaluation succeeded). */
    public static String csv(List<Check> checks) {
        StringBuilder sb = new StringBuilder("check,expected,simulated,tolerance,pass,penalty,source\n");
        if (checks != null) {
            for (Check c : checks) {
                sb.append(Csv.quote(c.name())).append(',').append(Csv.quote(c.expected())).append(',')
                        .append(Csv.quote(c.simulated())).append(',').append(Csv.quote(c.tolerance())).append(',')
                        .append(c.pass()).append(',').append(Formats.csv(c.penalty())).append(',')
                        .append(Csv.quote(c.source())).append('\n');
            }
        }
        return sb.toString();
    }
}
