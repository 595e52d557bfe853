package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code cxsim validate --format json} prints: each check against the evidence with its role, and how many of
 * each role pass.
 *
 * @param passes whether validate passes: every counted calibration and verification check (and, with
 *               {@code strict}, every held-out one)
 * @param counts per role that has checks: how many pass, of how many
 */
public record ValidationFile(String scenario, int customers, int replications, boolean passes, boolean strict,
                             Map<String, Count> counts, List<Check> checks) {

    /** How many checks of a role pass, of how many. */
    public record Count(int pass, int of) {
    }

    /**
     * One check, as the validate table shows it, with its figures as numbers where it has them.
     *
     * @param role     calibration, held-out, used-in-development, input or verification
     * @param counted  false for an input, which restates a value the scenario sets
     * @param expected the evidence, as the table shows it
     * @param simulated the simulated figure, as the table shows it
     * @param judgedBy the band, tolerance or implausibility the check is judged by
     * @param source   where the evidence comes from
     * @param figures  the figures as numbers; absent for an order of figures or a what-if not run
     */
    public record Check(String check, String role, boolean pass, boolean counted, String expected, String simulated,
                        String judgedBy, @JsonInclude(JsonInclude.Include.ALWAYS) String source,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Figures figures) {
    }

    /**
     * A check's figures.
     *
     * @param interval                the simulated mean's 95% interval
     * @param monteCarloStandardError the simulated mean's standard error over the runs
     * @param band                    the evidence's band (a held-out check) or the tolerance around it, low and high
     * @param spread                  a held-out check's 2.5th and 97.5th percentiles of the runs
     * @param implausibility          a held-out check's distance from the evidence in standard deviations
     */
    public record Figures(double expected, double simulatedMean, double[] interval, double monteCarloStandardError,
                          double[] band, @JsonInclude(JsonInclude.Include.NON_NULL) double[] spread,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double implausibility) {
    }
}
