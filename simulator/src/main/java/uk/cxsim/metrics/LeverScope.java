package uk.cxsim.metrics;

import java.util.ArrayList;
import java.util.List;

import uk.cxsim.model.params.ParamsDifference;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;

/**
 * Whose books a what-if's change sits on, read from what it changes against its base: one supplier's when only that
 * supplier's settings differ, one sector's when only that sector's (or its suppliers') differ, else the UK's. A lever
 * one supplier pulls is that supplier's decision, whether or not it states an investment.
 *
 * @param perspective {@code supplier}, {@code sector} or {@code uk}
 * @param name        the supplier's or the sector's name; empty for the UK
 */
public record LeverScope(String perspective, String name) {
    /** The UK's books. */
    public static final LeverScope UK = new LeverScope("uk", "");

    /** The scope of {@code variant}'s changes to {@code base} (the same market, as compare requires). */
    public static LeverScope of(ScenarioParams base, ScenarioParams variant) {
        if (!ParamsDifference.same(marketWide(base), marketWide(variant))
                || base.sectors().size() != variant.sectors().size()) {
            return UK;
        }
        List<String> sectors = new ArrayList<>();
        List<String> suppliers = new ArrayList<>();
        boolean sectorLevel = false;
        for (int s = 0; s < base.sectors().size(); s++) {
            SectorParams a = base.sectors().get(s);
            SectorParams b = variant.sectors().get(s);
            if (!a.name().equals(b.name()) || a.suppliers().size() != b.suppliers().size()) {
                return UK;
            }
            boolean changed = false;
            if (!ParamsDifference.same(new Object[]{a.demand(), a.hazards(), a.money(), a.complaintCosts()},
                    new Object[]{b.demand(), b.hazards(), b.money(), b.complaintCosts()})) {
                sectorLevel = true;
                changed = true;
            }
            for (int k = 0; k < a.suppliers().size(); k++) {
                SupplierParams x = a.suppliers().get(k);
                SupplierParams y = b.suppliers().get(k);
                if (!ParamsDifference.same(x, y)) {
                    suppliers.add(x.name());
                    changed = true;
                }
            }
            if (changed) {
                sectors.add(a.name());
            }
        }
        if (sectors.size() != 1) {
            return UK;
        }
        return !sectorLevel && suppliers.size() == 1 ? new LeverScope("supplier", suppliers.get(0))
                : new LeverScope("sector", sectors.get(0));
    }

    /** What the whole market shares: everything but the sectors and the scenario's own name and words. */
    private static Object[] marketWide(ScenarioParams p) {
        return new Object[]{p.population(), p.calendar(), p.people(), p.behaviour(), p.network(), p.costs(),
            p.poolErlangs()};
    }
}
