package uk.cxsim.results;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * batch.json: what a sweep or a sensitivity study runs, so that the same command on the same folder resumes it
 * rather than starting another. The design's keys are those of its kind: a sweep's design and points, a sensitivity
 * study's method, trajectories, levels and samples.
 *
 * @param scenario   the scenario file (absolute), or the built-in scenario
 * @param overrides  the {@code --set} overrides, as given
 * @param parameters the labels of the varied parameters, in the columns' order
 * @param kind       {@code sweep} or {@code sensitivity}
 * @param ranges     the {@code --param} ranges, as given
 */
public record BatchFile(
        String scenario,
        List<String> overrides,
        int customers,
        int days,
        long seed,
        int replications,
        List<String> parameters,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String design,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
        @JsonInclude(JsonInclude.Include.NON_NULL) String method,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer trajectories,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer levels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer samples,
        List<String> ranges) {

    /** Where the scenario came from: its file and the overrides laid over it. */
    public record Source(String scenario, List<String> overrides) {
    }

    /** How the points were made: a sweep's or a sensitivity study's keys, the others null. */
    public record Design(String kind, String design, Integer points, String method, Integer trajectories,
                         Integer levels, Integer samples, List<String> ranges) {
        /** A sweep: its design and number of points. */
        public static Design sweep(String design, int points, List<String> ranges) {
            return new Design("sweep", design, points, null, null, null, null, ranges);
        }

        /** A sensitivity study: its method and the settings of both methods. */
        public static Design sensitivity(String method, int trajectories, int levels, int samples,
                                         List<String> ranges) {
            return new Design("sensitivity", null, null, method, trajectories, levels, samples, ranges);
        }
    }

    /** The file of a batch of {@code replications} runs per point of the loaded scenario. */
    public static BatchFile of(Source source, int customers, int days, long seed, int replications,
                               List<String> parameters, Design design) {
        return new BatchFile(source.scenario(), source.overrides(), customers, days, seed, replications, parameters,
                design.kind(), design.design(), design.points(), design.method(), design.trajectories(),
                design.levels(), design.samples(), design.ranges());
    }
}
