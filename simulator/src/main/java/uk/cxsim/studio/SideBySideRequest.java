package uk.cxsim.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.cxsim.results.ComparisonFile;

/**
 * The body of {@code POST /api/side-by-side}: the what-ifs to put side by side, by id ({@code "jobs": ["3", "5"]}),
 * and optionally the question they answer, which titles the report and the board pack.
 */
record SideBySideRequest(List<String> jobs, String question) {
    private static final Set<String> FIELDS = Set.of("jobs", "question");

    /** Reads a parsed JSON body; a wrong field or type is a 400 naming it. */
    static SideBySideRequest of(Object body) {
        if (!(body instanceof Map<?, ?> m)) {
            throw HttpProblem.badRequest("the request body must be a JSON object with jobs and, if wanted, question");
        }
        for (Object k : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                throw HttpProblem.badRequest("unknown field " + ScenarioNames.quoted(String.valueOf(k))
                        + "; allowed: jobs, question");
            }
        }
        if (!(m.get("jobs") instanceof List<?> list) || list.size() > SideBySide.MAX) {
            throw HttpProblem.badRequest("jobs must be a list of " + SideBySide.MIN + " to " + SideBySide.MAX
                    + " what-if ids, e.g. [\"3\", \"5\"]");
        }
        List<String> ids = new ArrayList<>();
        for (Object id : list) {
            if (!(id instanceof String s) || !s.matches("[0-9]{1,9}")) {
                throw HttpProblem.badRequest("jobs must hold what-if ids as GET /api/jobs lists them, e.g. \"3\"");
            }
            ids.add(s);
        }
        Object q = m.get("question");
        if (q != null && (!(q instanceof String s) || !ComparisonFile.questionFits(s))) {
            throw HttpProblem.badRequest("question must be one line of at most " + ComparisonFile.MAX_QUESTION
                    + " characters");
        }
        return new SideBySideRequest(List.copyOf(ids), (String) q);
    }
}
