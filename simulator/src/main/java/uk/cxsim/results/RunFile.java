package uk.cxsim.results;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * run.json: how a run was made (scenario, size, build, machine) and every parameter it used.
 *
 * @param parameters the scenario's resolved parameters, defaults included: the tree its YAML gives, as it is
 */
public record RunFile(
        String scenario,
        @JsonPropertyDescription("the scenario file, or where a built-in scenario came from") String scenarioFile,
        String description,
        long seed,
        int replications,
        int customers,
        long population,
        double scaleFactor,
        int days,
        int warmupDays,
        String version,
        String gitCommit,
        String startedAt,
        double wallSeconds,
        int threads,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer checkpointEveryDays,
        String java,
        double contactsSimulated,
        long eventsSimulated,
        @JsonPropertyDescription("the scenario's resolved parameters, defaults included")
        Map<String, Object> parameters,
        @JsonInclude(JsonInclude.Include.NON_NULL) String resumedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double checkpointSeconds) {

    /** The same run, resumed at {@code when}. */
    public RunFile resumed(String when) {
        return new RunFile(scenario, scenarioFile, description, seed, replications, customers, population,
                scaleFactor, days, warmupDays, version, gitCommit, startedAt, wallSeconds, threads,
                checkpointEveryDays, java, contactsSimulated, eventsSimulated, parameters, when, checkpointSeconds);
    }

    /** The same run, having spent {@code seconds} writing checkpoints. */
    public RunFile checkpointed(double seconds) {
        return new RunFile(scenario, scenarioFile, description, seed, replications, customers, population,
                scaleFactor, days, warmupDays, version, gitCommit, startedAt, wallSeconds, threads,
                checkpointEveryDays, java, contactsSimulated, eventsSimulated, parameters, resumedAt, seconds);
    }
}
