package uk.cxsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.CheckNumbers;
import uk.cxsim.workflow.Validation;

/** {@code validate --format json}: each check with its role and its figures as numbers, and a count per role. */
final class ValidationJson {
    private ValidationJson() {
    }

    static Map<String, Object> of(Validation.Report report, boolean strict) {
        List<Object> rows = new ArrayList<>();
        for (Check c : report.checks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("check", c.name());
            row.put("role", c.role());
            row.put("pass", c.pass());
            row.put("counted", c.counted());
            CheckNumbers n = c.numbers();
            if (n != null) {
                row.put("expected", number(n.expected()));
                row.put("simulatedMean", number(n.mean()));
                row.put("interval", List.of(number(n.ciLow()), number(n.ciHigh())));
                row.put("monteCarloStandardError", number(n.mcse()));
                row.put("band", List.of(number(n.bandLow()), number(n.bandHigh())));
                if (!Double.isNaN(n.implausibility())) {
                    row.put("spread", List.of(number(n.spreadLow()), number(n.spreadHigh())));
                    row.put("implausibility", number(n.implausibility()));
                }
            } else {
                row.put("expected", c.expected());
                row.put("simulated", c.simulated());
            }
            row.put("judgedBy", c.tolerance());
            row.put("source", c.source());
            rows.add(row);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String role : Validation.ROLES) {
            int[] k = report.count(role);
            if (k[1] > 0) {
                counts.put(role, Map.of("pass", k[0], "of", k[1]));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", report.scenario());
        out.put("customers", report.customers());
        out.put("replications", report.replications());
        out.put("passes", report.passes(strict));
        out.put("strict", strict);
        out.put("counts", counts);
        out.put("checks", rows);
        return out;
    }

    /** A number, or null where there is none (JSON has no NaN). */
    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
