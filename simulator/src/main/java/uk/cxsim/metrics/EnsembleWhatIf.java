package uk.cxsim.metrics;

import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.BusinessCaseRow.Perspective;

/**
 * One what-if across an ensemble: every figure's difference and every business-case row, as spreads over the
 * members.
 *
 * @param figures difference (variant - base) of each figure
 * @param cases   each business-case row (supplier, sector, UK)
 */
public record EnsembleWhatIf(String variant, int members, int replications, Map<String, EnsembleSpread> figures,
                             List<Case> cases) {

    /**
     * A business-case row across the members.
     *
     * @param paysBackShare share of members in which the lever pays back: a positive net benefit, and the one-off
     *                      investment repaid within the horizon
     */
    public record Case(Perspective perspective, String name, String sector, EnsembleSpread netBenefit,
                       EnsembleSpread npv, Map<Line, EnsembleSpread> lines, double paysBackShare) {
    }

    /** The UK's row. */
    public Case uk() {
        return cases.stream().filter(c -> c.perspective() == Perspective.UK).findFirst().orElseThrow();
    }
}
