package uk.cxsim.results;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code cxsim validate --format json} prints: each check of the simulated figures against the evidence. */
public record ValidationFile(String scenario, int customers, int replications, List<Check> checks) {

    /**
     * One check: the evidence's value, the simulated one and the tolerance, as the validate table shows them.
     *
     * @param source where the evidence comes from
     */
    public record Check(String check, String expected, String simulated, String tolerance, boolean pass,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String source) {
    }
}
