package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * boxes.json: what {@code cxsim discover} asked of which table, and the boxes of inputs it chose, each with the
 * share of the cases of interest it holds (coverage), the share of its rows that are such cases (density) and its
 * share of all rows (mass).
 *
 * @param below      the level the outcome is below in a case of interest (absent when asked above)
 * @param above      the level the outcome is above (absent when asked below)
 * @param rowsLeftOut rows without a value in every input or the outcome
 * @param inputs     the columns boxes may restrict
 */
public record BoxesFile(
        String table,
        String outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double below,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double above,
        int rows,
        int rowsLeftOut,
        int casesOfInterest,
        List<String> inputs,
        Settings settings,
        List<Box> boxes) {

    /** How boxes were peeled and pasted, and how many were asked for. */
    public record Settings(double peelAlpha, double pasteAlpha, double massMin, double threshold, boolean pasting,
                           int boxes) {
    }

    /**
     * A chosen box.
     *
     * @param box         its number (its trajectory's)
     * @param step        the step chosen on its trajectory
     * @param limits      each restricted input's {@code [low, high]}, by input
     * @param description the box in words
     */
    public record Box(int box, int step, double coverage, double density, double mass, int rows, int cases,
                      Map<String, double[]> limits, String description) {
    }
}
