package uk.cxsim.metrics;

import uk.cxsim.model.params.SectorParams;

/**
 * The headline figure, defined once: revenue lost to poor service is the relationships ended because of treatment
 * times their sector's annual value. Run totals, sector and supplier rows and the daily series all use this.
 */
public final class CostOfPoorService {
    private CostOfPoorService() {
    }

    /** GBP a year lost with these relationships (in whatever units and period the count is in). */
    public static double gbp(double relationshipsLostToTreatment, SectorParams sector) {
        return relationshipsLostToTreatment * sector.relationshipValueGbp();
    }
}
