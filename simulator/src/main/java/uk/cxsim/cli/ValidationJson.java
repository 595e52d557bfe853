package uk.cxsim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.CheckNumbers;
import uk.cxsim.results.ValidationFile;
import uk.cxsim.workflow.Validation;

/** {@code validate --format json}: each check with its role and its figures as numbers, and a count per role. */
final class ValidationJson {
    private ValidationJson() {
    }

    static ValidationFile of(Validation.Report report, boolean strict) {
        List<ValidationFile.Check> rows = report.checks().stream().map(ValidationJson::row).toList();
        Map<String, ValidationFile.Count> counts = new LinkedHashMap<>();
        for (String role : Validation.ROLES) {
            int[] k = report.count(role);
            if (k[1] > 0) {
                counts.put(role, new ValidationFile.Count(k[0], k[1]));
            }
        }
        return new ValidationFile(report.scenario(), report.customers(), report.replications(),
                report.passes(strict), strict, counts, rows);
    }

    private static ValidationFile.Check row(Check c) {
        return new ValidationFile.Check(c.name(), c.role(), c.pass(), c.counted(), c.expected(), c.simulated(),
                c.tolerance(), c.source(), figures(c.numbers()));
    }

    private static ValidationFile.Figures figures(CheckNumbers n) {
        if (n == null) {
            return null;
        }
        boolean heldOut = !Double.isNaN(n.implausibility());
        return new ValidationFile.Figures(n.expected(), n.mean(), new double[] {n.ciLow(), n.ciHigh()}, n.mcse(),
                new double[] {n.bandLow(), n.bandHigh()},
                heldOut ? new double[] {n.spreadLow(), n.spreadHigh()} : null,
                heldOut ? n.implausibility() : null);
    }
}
