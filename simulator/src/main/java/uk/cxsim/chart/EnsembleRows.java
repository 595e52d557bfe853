package uk.cxsim.chart;

import java.util.List;
import java.util.Map;

/** Reads the {@code ensemble} part of comparison.json, which a comparison across an ensemble's members writes. */
public final class EnsembleRows {
    private EnsembleRows() {
    }

    /** The ensemble part, or null if the comparison did not run on an ensemble. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> ensemble(Map<String, Object> comparison) {
        return (Map<String, Object>) comparison.get("ensemble");
    }

    /** Each lever's spreads (figures and business case), in the comparison's order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> variants(Map<String, Object> ensemble) {
        return (Map<String, Map<String, Object>>) ensemble.get("variants");
    }

    /** A lever's business-case row for the UK's books, or null if it has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> uk(Map<String, Object> variant) {
        for (Map<String, Object> row : (List<Map<String, Object>>) variant.get("businessCase")) {
            if ("uk".equals(row.get("perspective"))) {
                return row;
            }
        }
        return null;
    }
}
