package uk.cxsim.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A studio what-if as {@code GET /api/jobs/{id}} shows it: what was asked, how far it has run and, once done, its
 * summary and (asked for one job) its comparison.
 *
 * @param kind          {@code what-if} (a base and one what-if run) or {@code side-by-side} (finished what-ifs on the
 *                      same base put in one comparison, report and board pack)
 * @param status        {@code queued}, {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param set           the keys set on the base, as given
 * @param changes       the keys set, in words: who, which lever, the value
 * @param parts         the what-ifs a side-by-side puts together, by id
 * @param ensemble      the ensemble a what-if ran on, every member of it (absent for one run on the base)
 * @param progress      share of the days simulated
 * @param queuePosition jobs ahead of it (while queued only)
 * @param seconds       from submission to the end (once finished)
 * @param error         why it failed
 * @param focusDensity  times the workshop's customers the sectors changed ran at, base and what-if alike (absent: 1)
 * @param folder        the comparison's folder, relative to the studio's outputs
 * @param firstAnswer   for a what-if of some sectors on a base not yet run, the figures given before the base's
 *                      other sectors had run: its payer's figures, from the sectors it changes (which no other sector
 *                      moves), as the answer gives them; no charts
 * @param firstAnswerSeconds from submission to the first answer, when there was one
 * @param compare       comparison.json (one job asked for, once done)
 */
public record StudioJob(String id, @JsonInclude(JsonInclude.Include.ALWAYS) String name, String kind, String status,
                        String base, Map<String, String> set, List<String> changes,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> parts, int customers,
                        int replications, long seed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer focusDensity,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String ensemble, long daysDone, long daysTotal,
                        double progress,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer queuePosition,
                        String submitted,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double seconds,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String folder,
                        @JsonInclude(JsonInclude.Include.NON_NULL) WhatIfSummary firstAnswer,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double firstAnswerSeconds,
                        @JsonInclude(JsonInclude.Include.NON_NULL) WhatIfSummary summary,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ComparisonFile compare) {
}
