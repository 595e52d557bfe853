package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one what-if of comparison.json simulated again: only the sectors it changes (the others are the base's own
 * runs, which re-running would reproduce exactly), or every sector and why.
 *
 * @param sectors     the sectors simulated again, by name
 * @param customers   simulated customers per sector re-run: the base's, or under a denser focus that many times
 *                    more, the base's run of the sector at that size too
 * @param scaleFactor adults each simulated customer stands for, per sector re-run
 * @param allBecause  why every sector was simulated again; absent when only some were
 */
public record FocusSection(List<String> sectors, Map<String, Integer> customers, Map<String, Double> scaleFactor,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String allBecause) {
}
